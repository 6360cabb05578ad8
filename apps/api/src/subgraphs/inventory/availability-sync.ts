import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { Tasks } from '../../platform/queue/tasks.js';
import { applyVariantAvailability, invalidateProducts } from '../catalog/index.js';
import { listVariantAvailability } from './availability.js';

/**
 * Asks the worker to bring the catalog's copy of availability (docs/adr/0002) up to date for
 * variants that just went between sold out and for sale. Enqueued in the transaction that moved
 * the stock, so the job exists exactly when the change does; the checkout itself never waits
 * for the catalog's tables.
 */
export async function queueAvailabilitySync(tx: DbExecutor, variantIds: readonly number[]): Promise<void> {
  if (variantIds.length === 0) return;
  await enqueueJob(tx, Tasks.inventorySyncAvailability, { variantIds: [...variantIds] });
}

/**
 * The job: recomputes availability from stock as it is when the job runs (not as it was when it
 * was queued), so running twice, late or out of order still leaves the right answer. Products
 * that flipped (sold out or back) get their pages invalidated in the same transaction: the
 * product page and every collection listing it (availability filters and badges).
 */
export async function syncAvailability(db: DbExecutor, variantIds: readonly number[]): Promise<number[]> {
  return db.transaction(async (tx) => {
    const changed = await applyVariantAvailability(tx, await listVariantAvailability(tx, variantIds));
    await invalidateProducts(tx, changed, 'availability');
    return changed;
  });
}
