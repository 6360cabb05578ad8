import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../db/bulk-insert.js';
import { enqueueJob } from '../queue/enqueue.js';
import { cacheInvalidations } from './tables.js';

/** Tags the storefront accepts (apps/storefront/src/lib/cache-tags.ts `isValidTag`). */
const TAG_PATTERN = /^[a-z][a-z-]*:[\w-]+$|^[a-z][a-z-]*$/;
const MAX_TAG_LENGTH = 128;
const MAX_REASON_LENGTH = 200;

const FLUSH_JOB_KEY = 'cache.flush-invalidations';

function isCacheTag(tag: string): boolean {
  return tag.length <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag);
}

/**
 * Records that pages showing `tags` must be refreshed once `tx` commits, and wakes the flush.
 *
 * Call it with the transaction that makes the change: the row and the job exist iff the change
 * commits (no dual write). The job key coalesces a burst: while a flush is pending, further
 * calls keep its run time (preserve_run_at) and the one flush takes every pending row.
 * A tag the storefront would refuse throws (a programming error, failing the caller's transaction
 * rather than a flush later).
 *
 * `wakeFlush: false` leaves the row to the worker's eviction tick (every second, eviction-tick.ts):
 * for changes as frequent as sales, whose transactions would otherwise all update the one flush
 * job's row and queue on its lock.
 */
export async function recordInvalidation(
  tx: DbExecutor,
  tags: readonly string[],
  reason: string,
  options: { wakeFlush?: boolean } = {},
): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  const bad = unique.find((tag) => !isCacheTag(tag));
  if (bad !== undefined) throw new Error(`recordInvalidation: not a cache tag: ${JSON.stringify(bad)}`);
  // clock_timestamp(), not the column default now() (the transaction's start): pickup latency
  // then leaves out however long the caller's transaction ran before this insert.
  await tx.insert(cacheInvalidations).values({
    tags: unique,
    reason: reason.slice(0, MAX_REASON_LENGTH),
    createdAt: sql`clock_timestamp()`,
  });
  if (options.wakeFlush === false) return;
  await enqueueJob(tx, 'cache.flush-invalidations', {}, { jobKey: FLUSH_JOB_KEY, jobKeyMode: 'preserve_run_at' });
}
