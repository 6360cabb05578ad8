import type { Redis } from '@upstash/redis';
import type { Db } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import type { ContentLoaders } from './loaders.js';

export interface ContentContext {
  db: Db;
  loaders: ContentLoaders;
  requestId: string;
  /** Who is asking, verified from the gateway's signed header; null when anonymous. */
  identity: Identity | null;
  /** A/B counts (HINCRBY per page), shared by every instance. */
  redis: Redis;
  /** Base URL of the catalog's image service, so `Image.url` here equals the catalog's. */
  mediaBaseUrl: string;
}
