import type { Db } from '../../platform/db/client.js';
import type { CatalogLoaders } from './loaders.js';

export interface CatalogContext {
  db: Db;
  loaders: CatalogLoaders;
  requestId: string;
  /** Public base URL that image paths are appended to. */
  mediaBaseUrl: string;
  storefrontUrl: string;
}
