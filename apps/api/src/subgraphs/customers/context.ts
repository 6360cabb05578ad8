import type { Redis } from '@upstash/redis';
import type { Db } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import type { LoginLimiter } from './login-limits.js';
import type { CustomersLoaders } from './loaders.js';

export interface CustomersContext {
  db: Db;
  redis: Redis;
  loaders: CustomersLoaders;
  requestId: string;
  /** Who is asking, verified from the gateway's signed header; null when anonymous. */
  identity: Identity | null;
  /** The client's address as the gateway saw it (for per-IP limits); null when unknown. */
  clientIp: string | null;
  /** Sign-in attempt limits, shared by every request of this service. */
  loginLimiter: LoginLimiter;
}
