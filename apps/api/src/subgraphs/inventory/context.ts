import type { Db } from '../../platform/db/client.js';
import type { InventoryLoaders } from './loaders.js';

export interface InventoryContext {
  db: Db;
  loaders: InventoryLoaders;
  requestId: string;
  /** False when the shop hides exact stock: quantityAvailable is then null. */
  showExactStock: boolean;
}
