import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../db/bulk-insert.js';
import { log } from '../log.js';
import { flushInvalidations, type FlushResult, type RevalidationTarget } from './flush.js';

export interface EvictionTickOptions {
  db: DbExecutor;
  /** Evicts the gateway's cached responses showing these tags (response-cache/outbox-eviction.ts). */
  evict: (tags: readonly string[]) => Promise<void>;
  /** The storefront, told about the same rows' page tags. */
  revalidation?: RevalidationTarget;
  /** The response cache's stock bound (RESPONSE_CACHE_STOCK_TTL_MS). */
  stockBoundMs: number;
  /** Lets stock responses be served past the bound for this long (0 or less: no longer). */
  markStockEvictionsCurrent(forMs: number): Promise<void>;
}

export interface EvictionTickResult {
  flushed: FlushResult | null;
  /** How far the evictions lag: every change committed longer ago than this is evicted. */
  lagMs: number;
  /** How long stock responses may now be served past the bound (0: not at all). */
  currentForMs: number;
}

/**
 * How old the oldest pending row is, in the database's own clock (so no clock skew between
 * machines enters): every change committed before `now - lag` is done. A transaction still open
 * commits after this statement started, so its rows count against the next tick, not this one.
 */
async function pendingLagMs(db: DbExecutor): Promise<number> {
  const [row] = await db.execute<{ lag_ms: number }>(sql`
    select coalesce(greatest(0, extract(epoch from statement_timestamp() - min(created_at)) * 1000), 0)::float8 as lag_ms
      from outbox.cache_invalidations
     where done_at is null`);
  return Number(row?.lag_ms ?? 0);
}

/**
 * One tick: flushes what is pending (rows recorded without a job, such as sales' stock changes,
 * and whatever a failed job left), then says for how long the gateway may serve stock responses
 * past the stock bound: the bound minus the evictions' lag, minus the time this took since the
 * lag was read. A response served within that is never staler than the bound; after it (no worker,
 * a failing Redis or storefront) stock responses fall back to living the bound alone.
 */
export async function evictionTick(options: EvictionTickOptions): Promise<EvictionTickResult> {
  let flushed: FlushResult | null = null;
  try {
    flushed = await flushInvalidations(options.db, options.revalidation, { evict: options.evict });
  } catch (error) {
    // The rows stay pending and count in the lag below; the flush job retries them too.
    log.warn('eviction tick: flush failed', { error: error instanceof Error ? error.message : String(error) });
  }
  const readAt = Date.now();
  const lagMs = await pendingLagMs(options.db);
  const currentForMs = Math.max(0, options.stockBoundMs - lagMs - (Date.now() - readAt));
  await options.markStockEvictionsCurrent(currentForMs);
  return { flushed, lagMs, currentForMs };
}

/** The tick every `intervalMs` (a quarter of the bound, at most a second) until stopped. */
export function startEvictionTicks(options: EvictionTickOptions & { intervalMs?: number }): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? Math.min(1_000, Math.max(50, Math.floor(options.stockBoundMs / 4)));
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = evictionTick(options).then(
        () => undefined,
        (error: unknown) =>
          log.warn('eviction tick failed', { error: error instanceof Error ? error.message : String(error) }),
      );
      void running.finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      // Whoever serves stock past the bound next must not count on this worker's evictions.
      await options.markStockEvictionsCurrent(0).catch(() => undefined);
    },
  };
}
