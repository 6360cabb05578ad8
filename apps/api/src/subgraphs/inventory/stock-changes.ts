import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import { queueAvailabilitySync } from './availability-sync.js';
import { stockChanges, type LevelStock } from './hold-rules.js';
import { findProductIdsOfVariants } from './repository.js';

/** Past this many ids one change evicts every response of the kind (`stock`), not each by name. */
const MAX_STOCK_TAGS = 200;
const tagsOf = (kind: string, ids: readonly number[]) =>
  ids.length > MAX_STOCK_TAGS ? [kind] : ids.map((id) => `${kind}:${id}`);

/**
 * What a change of stock levels owes the rest of the shop, in the transaction that made it:
 * the responses showing the moved variants' stock are evicted from the gateway's cache (an outbox
 * row the worker's eviction tick takes within a second; no job per sale: a flash sale's checkouts
 * would all queue on that job's row), and the catalog's copy of availability follows the flips.
 *
 * A variant selling out or coming back also changes its product's `availableForSale`, which
 * listings show without any variant (so `stock:<variant>` misses them): the same row names the
 * product (`product-stock:<n>`). The availability sync job's own product row would come too late
 * for the stock bound: it waits on the job queue, and the eviction tick's lag does not count it.
 */
export async function followStockChange(
  tx: DbExecutor,
  before: readonly LevelStock[],
  after: readonly LevelStock[],
): Promise<void> {
  const { moved, flipped } = stockChanges(before, after);
  if (moved.length > 0) {
    const tags = [...tagsOf('stock', moved), ...tagsOf('product-stock', await findProductIdsOfVariants(tx, flipped))];
    await recordInvalidation(tx, tags, 'stock', { wakeFlush: false });
  }
  await queueAvailabilitySync(tx, flipped);
}
