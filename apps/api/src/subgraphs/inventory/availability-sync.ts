import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { Tasks } from '../../platform/queue/tasks.js';
import { applyVariantAvailability } from '../catalog/index.js';
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
 * was queued), so running twice, late or out of order still leaves the right answer.
 */
export async function syncAvailability(db: DbExecutor, variantIds: readonly number[]): Promise<number[]> {
  return applyVariantAvailability(db, await listVariantAvailability(db, variantIds));
}
