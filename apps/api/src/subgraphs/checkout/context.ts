import type { Db } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import type { CheckoutLoaders } from './loaders.js';
import type { CheckoutServices } from './services.js';

export interface CheckoutContext {
  db: Db;
  loaders: CheckoutLoaders;
  requestId: string;
  /** Who is asking, verified from the gateway's signed header; null when anonymous. */
  identity: Identity | null;
  clientIp: string | null;
  /** Shared by every request of the service: payments, settings, the clock, admission. */
  services: CheckoutServices;
}
