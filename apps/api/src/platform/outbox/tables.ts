import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

export const outbox = pgSchema('outbox');

/**
 * Cache invalidations written in the same transaction as the change they follow from; the
 * worker's `cache.flush-invalidations` claims the pending ones, posts their tags to the
 * storefront's /api/revalidate and marks them done. Done rows are kept a while for the metrics
 * and for anyone asking "when did this reach the edge?".
 */
export const cacheInvalidations = outbox.table(
  'cache_invalidations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tags: text('tags').array().notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a flush first claimed the row (pickup latency = picked_at - created_at). */
    pickedAt: timestamp('picked_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  // The flush reads pending rows in id order: a partial index keeps that cheap however many are done.
  (t) => [
    index('cache_invalidations_pending_idx')
      .on(t.id)
      .where(sql`${t.doneAt} is null`),
  ],
);
