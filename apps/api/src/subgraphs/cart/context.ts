import type { Db } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import type { CartLoaders } from './loaders.js';

export interface CartContext {
  db: Db;
  loaders: CartLoaders;
  requestId: string;
  /** Who is asking, verified from the gateway's signed header; null when anonymous. */
  identity: Identity | null;
  /** Public URL of the storefront, for `Cart.checkoutUrl`. */
  storefrontUrl: string;
}
