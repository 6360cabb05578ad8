import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import type { TaskHandlers } from '../../worker/task-context.js';
import { syncAvailability } from './availability-sync.js';
import { releaseExpiredHolds } from './stock-ledger.js';

// A sweep stops after this many batches even if more keep expiring; the next minute's run goes on.
const MAX_SWEEP_BATCHES = 50;

/** Releases expired holds a batch at a time, each batch its own short transaction. */
export async function sweepExpiredHolds(db: DbExecutor, now: Date): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < MAX_SWEEP_BATCHES; batch++) {
    const released = await db.transaction((tx) => releaseExpiredHolds(tx, now));
    if (released === 0) break;
    total += released;
  }
  return total;
}

// Both handlers are idempotent: they read the current state and converge on it.
export const inventoryTasks = {
  'inventory.sync-availability': async ({ variantIds }, { db }) => {
    await syncAvailability(db, variantIds);
  },
  'inventory.expire-reservations': async (_payload, { db, now, log }) => {
    const released = await sweepExpiredHolds(db, now());
    if (released > 0) log.info('released expired stock holds', { released });
  },
} satisfies TaskHandlers;
