import type { Cache, CacheEntityRecord } from '@envelop/response-cache';
import type { Redis } from '@upstash/redis';
import type { ExecutionResult } from 'graphql';
import { lru } from 'tiny-lru';
import { log } from '../../platform/log.js';

/** Every key of the response cache lives under this prefix (one namespace shared by every instance). */
const PREFIX = 'response-cache';
const responseKey = (id: string) => `${PREFIX}:response:${id}`;
/** Responses holding one entity (`Product:gid://shop/Product/42`), written in one time bucket. */
const entityKey = (typename: string, id: string | number, bucket: number) =>
  `${PREFIX}:entity:${typename}:${id}:${bucket}`;
/** Responses holding any entity of a type, or where a field of that type was null or empty, by bucket. */
const typeKey = (typename: string, bucket: number) => `${PREFIX}:type:${typename}:${bucket}`;
/**
 * Present while the outbox's stock evictions are current: every stock change committed more than
 * the stock bound ago has been evicted (the worker's eviction tick sets it, expiring when that
 * would stop being true; outbox/eviction-tick.ts).
 */
const EVICTIONS_CURRENT_KEY = `${PREFIX}:stock-evictions-current`;
/**
 * Evictions are numbered by one counter shared by every instance (no clocks to agree on); each
 * stamps the entities (or whole types) it evicts with its number.
 */
const EVICTION_SEQUENCE_KEY = `${PREFIX}:eviction-sequence`;
const evictedAtKey = (entity: CacheEntityRecord) =>
  entity.id == null ? `${PREFIX}:evicted:${entity.typename}` : `${PREFIX}:evicted:${entity.typename}:${entity.id}`;
/**
 * Reads that missed and may be stored: at most this many keys, each remembered this long (longer
 * than any request may run: the subgraph timeouts end one well before), and so many reads per key.
 * Reads that are never stored (errors, private answers) leave theirs until then; the bounds keep
 * those from pushing out the starts of reads that will be.
 */
const PENDING_MAX = 100_000;
const PENDING_TTL_MS = 30_000;
const PENDING_PER_KEY = 256;
/** A read that could not see the eviction number: any eviction stamp still alive counts as later. */
const UNKNOWN_SEQUENCE = -1;

interface ReadStart {
  /** The eviction number when the read began: a stamp above it is an eviction during the read. */
  sequence: number;
  at: number;
}

/** What a response key holds: the result, and when it was stored if it shows stock. */
interface StoredResponse {
  result: ExecutionResult;
  stockAt?: number;
}

/** The plugin's keys are SHA-256 hex digests; anything else (an If-None-Match header) is no key of ours. */
const CACHE_KEY = /^[0-9a-f]{64}$/;

export interface RedisResponseStoreOptions {
  redis: Redis;
  /** Past this a read counts as a miss and a write is dropped: a slow Redis must not slow the shop. */
  timeoutMs: number;
  /** The longest TTL a response can get; also the width of the entity sets' time buckets. */
  maxTtlMs: number;
  /**
   * The stock bound: a response the plugin gives at most this TTL shows stock (cache-policy.ts).
   * It is kept for `maxTtlMs`, and served past the bound only while the outbox's stock evictions
   * are current; otherwise it is a miss once older than the bound. Default: 0 (no such responses).
   */
  stockBoundMs?: number;
}

export class ResponseCacheTimeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResponseCacheTimeout(`response cache: Redis took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The response cache plugin's store over the app's Redis client, shaped like
 * @envelop/response-cache-redis: each response under its key with a TTL, and sets of response
 * keys per entity and per type. Eviction reads the sets and deletes what they name, in two round
 * trips (no Lua: Upstash, the bridge and the in-memory backend all run it as plain commands).
 * A response stored between the two is kept in its sets (SREM of what was read, not DEL), so a
 * later eviction still finds it. Every instance shares the keys, so an eviction is seen everywhere.
 */
export interface ResponseStore extends Cache {
  /** Like `invalidate`, but rejects when Redis fails (the outbox flush then retries). */
  evict(entities: Iterable<CacheEntityRecord>): Promise<number>;
  /** Settles once the evictions this process has started are done (undefined: none are). */
  settled(): Promise<void> | undefined;
  /**
   * Says for how long stock-bounded responses may be served past the bound: the outbox's eviction
   * tick calls it with (stock bound - its lag); 0 or less says they may not, from now on.
   */
  markStockEvictionsCurrent(forMs: number): Promise<void>;
}

export function createRedisResponseStore(options: RedisResponseStoreOptions): ResponseStore {
  const { redis, timeoutMs } = options;
  const stockBoundMs = options.stockBoundMs ?? 0;
  // The sets are cut into time buckets as wide as the longest TTL: a response written in bucket b
  // is gone by the end of bucket b + 1, and a set stops growing once its bucket is over, so it
  // expires 2 widths after its last addition. One set renewed by every write (a hot product's,
  // a type's) would otherwise keep every response key it was ever given while traffic lasts.
  const width = options.maxTtlMs;
  const bucketOf = (now: number) => Math.floor(now / width);
  const setTtlMs = 2 * width;
  // The plugin starts a mutation's eviction without awaiting it: reads on this instance, and the
  // mutation's own answer (response-cache-plugin.ts), wait for it, so a write is read back fresh.
  const inFlight = new Set<Promise<void>>();
  const settled = () => (inFlight.size === 0 ? undefined : Promise.all(inFlight).then(() => undefined));

  // When the reads that missed began (the eviction number then, and the time), per key, oldest
  // first: the plugin stores what such a read computed, and an eviction between its start and the
  // store (a sale during a slow listing) would otherwise leave the old answer cached for the full
  // TTL. Several requests may miss the same key at once; each store takes the oldest start, which
  // is never later than its own.
  const pending = lru<ReadStart[]>(PENDING_MAX, PENDING_TTL_MS);
  const missed = (id: string, sequence: number) => {
    const start = { sequence, at: Date.now() };
    const starts = pending.get(id);
    // The oldest are kept: a store that finds none left counts as the oldest read of all.
    if (starts && starts.length < PENDING_PER_KEY) starts.push(start);
    else if (!starts) pending.set(id, [start]);
  };
  const readStartOf = (id: string): ReadStart | undefined => {
    const starts = pending.get(id);
    const start = starts?.shift();
    if (starts && starts.length === 0) pending.delete(id);
    return start;
  };

  async function evict(entities: Iterable<CacheEntityRecord>): Promise<number> {
    // The buckets that can hold a live response (now and the one before), plus one either side for
    // an instance whose clock is up to a width ahead or behind this one's.
    const now = bucketOf(Date.now());
    const distinct = [...new Map([...entities].map((entity) => [evictedAtKey(entity), entity])).values()];
    const sets = [
      ...new Set(
        distinct.flatMap((entity) =>
          [now - 2, now - 1, now, now + 1].map((bucket) =>
            entity.id == null ? typeKey(entity.typename, bucket) : entityKey(entity.typename, entity.id, bucket),
          ),
        ),
      ),
    ];
    if (sets.length === 0) return 0;
    // Stamped before the sets are read: a response stored meanwhile either is in the sets read
    // next, or sees the stamp when its store checks (set, below) and deletes itself.
    const stamp = await within(redis.incr(EVICTION_SEQUENCE_KEY), timeoutMs);
    const read = redis.pipeline();
    for (const entity of distinct) read.set(evictedAtKey(entity), stamp, { px: options.maxTtlMs });
    for (const set of sets) read.smembers(set);
    const members = ((await within(read.exec(), timeoutMs)) as unknown[]).slice(distinct.length) as string[][];
    const responses = [...new Set(members.flat())];
    if (responses.length === 0) return 0;
    const write = redis.multi();
    write.del(...responses.map(responseKey));
    sets.forEach((set, index) => {
      if (members[index]!.length > 0) write.srem(set, ...members[index]!);
    });
    await within(write.exec(), timeoutMs);
    return responses.length;
  }

  return {
    async get(id) {
      if (!CACHE_KEY.test(id)) return null;
      try {
        await settled();
        const read = redis.pipeline();
        // @upstash/redis parses the JSON it finds.
        read.get<StoredResponse>(responseKey(id));
        read.exists(EVICTIONS_CURRENT_KEY);
        read.get<number>(EVICTION_SEQUENCE_KEY);
        const [stored, current, sequence] = (await within(read.exec(), timeoutMs)) as [
          StoredResponse | null,
          number,
          number | null,
        ];
        const valid = stored && typeof stored === 'object' && 'result' in stored;
        // Past the bound a stock response is only as fresh as the evictions: when they lag (no
        // worker, Redis or the storefront failing the flush), the bound alone decides.
        if (valid && (stored.stockAt === undefined || Date.now() - stored.stockAt <= stockBoundMs || current === 1)) {
          return stored.result;
        }
        missed(id, Number(sequence ?? 0));
        return null;
      } catch (error) {
        log.warn('response cache read failed; answering without it', { error: message(error) });
        missed(id, UNKNOWN_SEQUENCE);
        return null;
      }
    },

    async set(id, data, given, ttl) {
      // The plugin hands an iterator (its Map's values()), which can be read only once: the stamps
      // below read the entities again, and found none, so an eviction during the read was never seen.
      const entities = [...given];
      // Without a recorded miss (another store of the same key took it), as old as a request can be.
      const readStart = readStartOf(id) ?? { sequence: UNKNOWN_SEQUENCE, at: Date.now() - PENDING_TTL_MS };
      if (!Number.isFinite(ttl) || ttl <= 0) return;
      const showsStock = ttl <= stockBoundMs;
      // Its age counts from the read, not the store: the data is as old as the read.
      const stored: StoredResponse = showsStock ? { result: data, stockAt: readStart.at } : { result: data };
      const px = showsStock ? options.maxTtlMs : Math.min(Math.ceil(ttl), options.maxTtlMs);
      // One transaction: an eviction never sees the response without its sets, or the reverse.
      const pipeline = redis.multi();
      pipeline.set(responseKey(id), JSON.stringify(stored), { px });
      const sets = new Set<string>();
      const bucket = bucketOf(Date.now());
      for (const entity of entities) {
        sets.add(typeKey(entity.typename, bucket));
        if (entity.id != null) sets.add(entityKey(entity.typename, entity.id, bucket));
      }
      for (const set of sets) {
        pipeline.sadd(set, id);
        pipeline.pexpire(set, setTtlMs);
      }
      try {
        await within(pipeline.exec(), timeoutMs);
        // Evicted since this answer's read began (the eviction found the sets before this store
        // filled them): the answer may predate the change, so it goes.
        const stamps = [
          ...new Set(entities.flatMap((entity) => [evictedAtKey(entity), evictedAtKey({ typename: entity.typename })])),
        ];
        if (stamps.length === 0) return;
        const evictedAt = await within(redis.mget<(number | null)[]>(...stamps), timeoutMs);
        if (evictedAt.some((at) => at !== null && Number(at) > readStart.sequence)) {
          await within(redis.del(responseKey(id)), timeoutMs);
        }
      } catch (error) {
        log.warn('response cache write failed; the response is not cached', { error: message(error) });
        await redis.del(responseKey(id)).catch(() => undefined);
      }
    },

    // A mutation's own eviction: logged, never failing the mutation (the outbox evicts again).
    // Only entities with an id: the plugin also names the type of every null or empty field of the
    // result (a productUpdate of an unknown id, a variant without compare-at price), which would
    // evict every answer of that type at once. The outbox's rows evict whole types where meant.
    invalidate(entities) {
      const named = [...entities].filter((entity) => entity.id != null);
      const eviction = evict(named).then(
        () => undefined,
        (error: unknown) => log.warn('response cache eviction failed', { error: message(error) }),
      );
      inFlight.add(eviction);
      void eviction.finally(() => inFlight.delete(eviction));
      return eviction;
    },

    evict,
    settled,

    async markStockEvictionsCurrent(forMs) {
      const write: Promise<unknown> =
        forMs >= 1
          ? redis.set(EVICTIONS_CURRENT_KEY, '1', { px: Math.floor(forMs) })
          : redis.del(EVICTIONS_CURRENT_KEY);
      await within(write, timeoutMs);
    },
  };
}
