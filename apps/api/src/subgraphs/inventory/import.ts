import { bulkInsert, resetSequence, type DbExecutor } from '../../platform/db/bulk-insert.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import { items, levels, locations } from './tables.js';

export interface LocationImport {
  id: number;
  name: string;
}

export interface ItemImport {
  variantId: number;
  productId: number;
  tracked: boolean;
}

export interface LevelImport {
  variantId: number;
  locationId: number;
  onHand: number;
}

export interface StockImport {
  locations: LocationImport[];
  items: ItemImport[];
  levels: LevelImport[];
}

/**
 * Loads locations, stock items and levels with their own ids in one transaction (a savepoint
 * when handed a transaction). Nothing starts out reserved. Every cached answer showing a variant
 * is evicted by the worker's next eviction tick.
 */
export async function importStock(db: DbExecutor, data: StockImport): Promise<void> {
  await db.transaction(async (tx) => {
    await bulkInsert(tx, locations, data.locations);
    await resetSequence(tx, locations);
    await bulkInsert(tx, items, data.items);
    await bulkInsert(
      tx,
      levels,
      data.levels.map((level) => ({ ...level, reserved: 0 })),
    );
    // Whatever a cached answer showed of these variants' stock is no longer so.
    await recordInvalidation(tx, ['stock'], 'stock import', { wakeFlush: false });
  });
}
