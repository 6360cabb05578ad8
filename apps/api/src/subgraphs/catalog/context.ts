import type { Db } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import type { CatalogLoaders } from './loaders.js';

export interface CatalogContext {
  db: Db;
  loaders: CatalogLoaders;
  requestId: string;
  /** Who is asking, verified from the gateway's signed header; null when anonymous. */
  identity: Identity | null;
  /** Public base URL that image paths are appended to. */
  mediaBaseUrl: string;
  storefrontUrl: string;
}
