import type { TaskHandlers } from '../../worker/task-context.js';
import { flushInvalidations, pruneInvalidations } from './flush.js';
import { registerOutboxMetrics } from './metrics.js';

registerOutboxMetrics();

// Idempotent: posting a tag twice only renders a page afresh twice, evicting twice only asks the
// gateway afresh. Enqueued (coalesced by its job key) by recordInvalidation, and run every minute
// by cron to sweep rows a failed job left.
export const outboxTasks = {
  'cache.flush-invalidations': async (_payload, { db, revalidation, evictResponses, log }) => {
    if (!revalidation && !evictResponses) {
      // Development without a storefront: rows wait until a worker that knows where to send them runs.
      log.warn('cache invalidations not flushed: STOREFRONT_REVALIDATE_URL and REVALIDATE_SECRET are not set');
      return;
    }
    const result = await flushInvalidations(db, revalidation, evictResponses ? { evict: evictResponses } : {});
    if (result.rows > 0) log.info('flushed cache invalidations', { ...result });
  },
  'cache.prune-invalidations': async (_payload, { db, log }) => {
    const deleted = await pruneInvalidations(db);
    if (deleted > 0) log.info('pruned done cache invalidations', { deleted });
  },
} satisfies TaskHandlers;
