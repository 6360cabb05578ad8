import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import { queueAvailabilitySync } from './availability-sync.js';
import { stockChanges, type LevelStock } from './hold-rules.js';

/** Past this many variants one change evicts every response showing a variant, not each by name. */
const MAX_STOCK_TAGS = 200;

/**
 * What a change of stock levels owes the rest of the shop, in the transaction that made it:
 * the responses showing the moved variants' stock are evicted from the gateway's cache (an outbox
 * row the worker's eviction tick takes within a second; no job per sale: a flash sale's checkouts
 * would all queue on that job's row), and the catalog's copy of availability follows the flips.
 */
export async function followStockChange(
  tx: DbExecutor,
  before: readonly LevelStock[],
  after: readonly LevelStock[],
): Promise<void> {
  const { moved, flipped } = stockChanges(before, after);
  if (moved.length > 0) {
    const tags = moved.length > MAX_STOCK_TAGS ? ['stock'] : moved.map((variantId) => `stock:${variantId}`);
    await recordInvalidation(tx, tags, 'stock', { wakeFlush: false });
  }
  await queueAvailabilitySync(tx, flipped);
}
