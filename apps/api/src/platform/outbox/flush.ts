import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../db/bulk-insert.js';
import { observeFlushed, observePickedUp } from './metrics.js';
import { cacheInvalidations } from './tables.js';

/** Where the storefront takes revalidations: `POST <url>` with `Authorization: Bearer <secret>`. */
export interface RevalidationTarget {
  url: string;
  secret: string;
  /** Per request (default 10 s). */
  timeoutMs?: number;
}

export interface FlushOptions {
  /** Rows claimed per round (default 200). */
  batchRows?: number;
  /** Rounds per flush before leaving the rest to the next job (default 20). */
  maxRounds?: number;
  fetch?: typeof fetch;
  /** Evicts the gateway's cached responses showing these tags, before the storefront is told. */
  evict?: (tags: readonly string[]) => Promise<void>;
}

export interface FlushResult {
  rows: number;
  tags: number;
  requests: number;
}

/** The storefront's /api/revalidate takes at most this many tags per request (revalidate-request.ts). */
const TAGS_PER_REQUEST = 100;
const DEFAULT_TIMEOUT_MS = 10_000;

class RevalidationFailed extends Error {}

/**
 * Tags only the gateway's response cache has: a variant's quantity (`stock:<n>`, `stock`), a
 * product's availability as a sale flips it (`product-stock:<n>`, `product-stock`), and a
 * variant's own answers when its price changes (`variant:<n>`: pages hear of that by `product:<n>`).
 * The storefront shows no quantity, and hears of flips from the availability sync's `product:<n>`
 * tags once the catalog's copy has followed, so it is not asked to revalidate for every sale.
 */
const RESPONSE_CACHE_ONLY_KINDS = new Set(['stock', 'product-stock', 'variant']);
const responseCacheOnly = (tag: string) => RESPONSE_CACHE_ONLY_KINDS.has(tag.split(':', 1)[0]!);

function chunkTags(tags: readonly string[], size = TAGS_PER_REQUEST): string[][] {
  const chunks: string[][] = [];
  for (let start = 0; start < tags.length; start += size) chunks.push(tags.slice(start, start + size));
  return chunks;
}

async function postTags(target: RevalidationTarget, tags: string[], fetcher: typeof fetch): Promise<void> {
  const response = await fetcher(target.url, {
    method: 'POST',
    headers: { authorization: `Bearer ${target.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(target.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  });
  // Drain the body so the connection can be reused; its content is not needed.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new RevalidationFailed(`revalidate answered ${response.status}`);
}

/**
 * One round: claims up to `batchRows` pending rows (FOR UPDATE SKIP LOCKED: a concurrent flush
 * takes other rows), evicts the response cache by the union of their tags, posts the tags to the
 * storefront (when there is one) and marks the rows done, all while the rows stay locked. On a
 * failed eviction or POST the rows keep `done_at` null and record the error, and this throws so
 * the job is retried with graphile-worker's backoff (the minute sweep picks up what is left);
 * both are idempotent, so a retry repeating the one that worked does no harm.
 */
async function flushRound(
  db: DbExecutor,
  target: RevalidationTarget | undefined,
  batchRows: number,
  fetcher: typeof fetch,
  evict: FlushOptions['evict'],
): Promise<FlushResult> {
  const t = cacheInvalidations;
  let failure: unknown = null;
  const result = await db.transaction(async (tx) => {
    const pending = tx
      .select({ id: t.id })
      .from(t)
      .where(isNull(t.doneAt))
      .orderBy(asc(t.id))
      .limit(batchRows)
      .for('update', { skipLocked: true });
    const claimed = await tx
      .update(t)
      .set({ pickedAt: sql`coalesce(${t.pickedAt}, clock_timestamp())`, attempts: sql`${t.attempts} + 1` })
      .where(inArray(t.id, pending))
      .returning({ id: t.id, tags: t.tags, createdAt: t.createdAt, pickedAt: t.pickedAt, attempts: t.attempts });
    if (claimed.length === 0) return { rows: 0, tags: 0, requests: 0 };
    for (const row of claimed) if (row.attempts === 1 && row.pickedAt) observePickedUp(row.createdAt, row.pickedAt);

    const tags = [...new Set(claimed.flatMap((row) => row.tags))].sort();
    const chunks = chunkTags(tags.filter((tag) => !responseCacheOnly(tag)));
    // The rows stay locked while the storefront answers: let the session idle that long in the transaction.
    const idleMs = chunks.length * (target?.timeoutMs ?? DEFAULT_TIMEOUT_MS) + 10_000;
    await tx.execute(sql.raw(`set local idle_in_transaction_session_timeout = ${idleMs}`));
    const ids = claimed.map((row) => row.id);
    try {
      if (evict) await evict(tags);
      if (target) for (const chunk of chunks) await postTags(target, chunk, fetcher);
    } catch (error) {
      failure = error;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await tx.update(t).set({ lastError: message }).where(inArray(t.id, ids));
      return { rows: 0, tags: 0, requests: 0 };
    }
    const done = await tx
      .update(t)
      .set({ doneAt: sql`clock_timestamp()`, lastError: null })
      .where(and(inArray(t.id, ids), isNull(t.doneAt)))
      .returning({ createdAt: t.createdAt, doneAt: t.doneAt });
    for (const row of done) if (row.doneAt) observeFlushed(row.createdAt, row.doneAt);
    return { rows: claimed.length, tags: tags.length, requests: target ? chunks.length : 0 };
  });
  if (failure) throw failure;
  return result;
}

/**
 * Flushes pending invalidations round by round until none are left (or `maxRounds`). Without a
 * storefront target (an API serving only apps) a row is done once the response cache is evicted.
 */
export async function flushInvalidations(
  db: DbExecutor,
  target: RevalidationTarget | undefined,
  options: FlushOptions = {},
): Promise<FlushResult> {
  const batchRows = options.batchRows ?? 200;
  const fetcher = options.fetch ?? fetch;
  const total: FlushResult = { rows: 0, tags: 0, requests: 0 };
  for (let round = 0; round < (options.maxRounds ?? 20); round++) {
    const result = await flushRound(db, target, batchRows, fetcher, options.evict);
    total.rows += result.rows;
    total.tags += result.tags;
    total.requests += result.requests;
    if (result.rows < batchRows) break;
  }
  return total;
}

/** Done rows are kept this long (for the metrics and for "when did this reach the edge?"). */
export const KEEP_DONE_MS = 24 * 60 * 60 * 1000;
const PRUNE_BATCH_ROWS = 5_000;

/**
 * Deletes rows done more than `keepMs` ago, a batch at a time so that no statement holds many
 * locks or runs long: a shop writes a row per sale, so the table would grow by its order volume.
 */
export async function pruneInvalidations(db: DbExecutor, keepMs = KEEP_DONE_MS): Promise<number> {
  let total = 0;
  for (;;) {
    const t = cacheInvalidations;
    const batch = db
      .select({ id: t.id })
      .from(t)
      .where(sql`${t.doneAt} < clock_timestamp() - make_interval(secs => ${keepMs / 1000})`)
      .limit(PRUNE_BATCH_ROWS);
    const deleted = await db.delete(t).where(inArray(t.id, batch)).returning({ id: t.id });
    total += deleted.length;
    if (deleted.length < PRUNE_BATCH_ROWS) return total;
  }
}
