import type { Db } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import type { InventoryLoaders } from './loaders.js';

export interface InventoryContext {
  db: Db;
  loaders: InventoryLoaders;
  requestId: string;
  /** Who is asking, verified from the gateway's signed header; null when anonymous. */
  identity: Identity | null;
  /** False when the shop hides exact stock: quantityAvailable is then null. */
  showExactStock: boolean;
}

/** A catalog entity as inventory sees and returns it: only its global id. */
export interface EntityReference {
  id: string;
}
