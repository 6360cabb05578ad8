import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection } from '../../platform/redis/index.js';
import { createRedisResponseStore } from './redis-store.js';

// The store's bookkeeping must stay bounded under a stream of distinct requests: a set of
// response keys that every write renews would otherwise keep every key it was ever given.
// Long enough that a busy CI machine's pauses stay well inside a set's life (two TTLs after its
// last write), short enough that 24 writes take a few seconds.
const MAX_TTL_MS = 300;
let connection: RedisConnection;
beforeAll(async () => {
  connection = await connectRedis({});
});
afterAll(async () => {
  await connection?.close();
});

const key = (n: number) => n.toString(16).padStart(64, '0');
const product = { typename: 'Product', id: 'gid://shop/Product/1' };

/** Every response key the store still files under Product 1 or the Product type. */
async function filed(): Promise<string[]> {
  const sets = await connection.redis.keys('response-cache:*');
  const members = await Promise.all(
    sets.filter((set) => !set.includes(':response:')).map((set) => connection.redis.smembers(set)),
  );
  return [...new Set(members.flat())].sort();
}

describe('the Redis response store', () => {
  it(
    'forgets expired responses in its entity and type sets while new ones keep arriving',
    { timeout: 30_000 },
    async () => {
      const store = createRedisResponseStore({ redis: connection.redis, timeoutMs: 5_000, maxTtlMs: MAX_TTL_MS });
      // A steady stream of distinct responses, each for the longest TTL, over many TTLs.
      for (let n = 0; n < 24; n++) {
        await store.set(key(n), { data: { n } }, [product], MAX_TTL_MS);
        await sleep(MAX_TTL_MS / 2);
      }
      // Only the last few TTLs' keys remain filed (sets live at most 4 TTLs, 8 writes apart), not all 24.
      const remaining = await filed();
      expect(remaining).toContain(key(23));
      expect(remaining.length).toBeLessThanOrEqual(8);

      // And eviction still finds and removes what is alive.
      await store.evict([product]);
      expect(await connection.redis.get(`response-cache:response:${key(23)}`)).toBeNull();
    },
  );

  it(
    'serves a stock response past the bound only while the evictions say they are current',
    { timeout: 30_000 },
    async () => {
      // Long enough that a loaded machine's pauses between two calls stay within it.
      const BOUND_MS = 1_000;
      const store = createRedisResponseStore({
        redis: connection.redis,
        timeoutMs: 5_000,
        maxTtlMs: 60_000,
        stockBoundMs: BOUND_MS,
      });
      const variant = { typename: 'ProductVariant', id: 'gid://shop/ProductVariant/1' };
      const stock = { data: { quantityAvailable: 3 } };
      const plain = { data: { title: 'Shirt' } };
      await store.markStockEvictionsCurrent(0);
      // As the plugin does: a read that misses, then the store of what it computed.
      const miss = async (n: number, data: object, entity: typeof product, ttl: number) => {
        expect(await store.get(key(n))).toBeNull();
        await store.set(key(n), data, [entity], ttl);
      };
      await miss(100, stock, variant, BOUND_MS);
      await miss(101, plain, { typename: 'Product', id: 'gid://shop/Product/3' }, 60_000);
      expect(await store.get(key(100))).toEqual(stock);

      await sleep(BOUND_MS + 300);
      // Past the bound with nothing saying the evictions keep up: a miss, so it is asked afresh.
      expect(await store.get(key(100))).toBeNull();
      // A response without stock lives its TTL whatever the evictions do.
      expect(await store.get(key(101))).toEqual(plain);

      await miss(100, stock, variant, BOUND_MS);
      await store.markStockEvictionsCurrent(5_000);
      await sleep(BOUND_MS + 300);
      expect(await store.get(key(100))).toEqual(stock);
      await store.markStockEvictionsCurrent(0);
      expect(await store.get(key(100))).toBeNull();

      // The mark expires by itself: a worker that stops ticking stops vouching.
      await store.markStockEvictionsCurrent(BOUND_MS);
      expect(await store.get(key(100))).toEqual(stock);
      await sleep(BOUND_MS + 300);
      expect(await store.get(key(100))).toBeNull();
    },
  );

  it('drops an answer whose entities were evicted after its read began, and keeps one evicted before', async () => {
    const store = createRedisResponseStore({ redis: connection.redis, timeoutMs: 5_000, maxTtlMs: 60_000 });
    const variant = { typename: 'ProductVariant', id: 'gid://shop/ProductVariant/2' };
    const answer = { data: { quantityAvailable: 5 } };

    // A read misses, a sale's eviction passes while it computes, then the plugin stores the answer.
    expect(await store.get(key(200))).toBeNull();
    await store.evict([variant]);
    await store.set(key(200), answer, [variant], 60_000);
    expect(await store.get(key(200))).toBeNull();

    // The same by a whole-type eviction (`listings`, `stock`).
    expect(await store.get(key(201))).toBeNull();
    await store.evict([{ typename: 'ProductVariant' }]);
    await store.set(key(201), answer, [variant], 60_000);
    expect(await store.get(key(201))).toBeNull();

    // An eviction before the read began does not touch what the read computed (no clock margin:
    // evictions are numbered), so a product a flash sale evicts every second still gets cached.
    expect(await store.get(key(202))).toBeNull();
    await store.set(key(202), answer, [variant], 60_000);
    expect(await store.get(key(202))).toEqual(answer);

    // The plugin hands the entities as an iterator (its Map's values()), which can be read once.
    expect(await store.get(key(203))).toBeNull();
    await store.evict([variant]);
    await store.set(key(203), answer, new Map([['v', variant]]).values(), 60_000);
    expect(await store.get(key(203))).toBeNull();
  });

  it('evicts, for a mutation, only the entities it names, not whole types of its null fields', async () => {
    const store = createRedisResponseStore({ redis: connection.redis, timeoutMs: 5_000, maxTtlMs: 60_000 });
    const shirt = { typename: 'Product', id: 'gid://shop/Product/300' };
    const answer = { data: { product: { title: 'Shirt' } } };
    expect(await store.get(key(300))).toBeNull();
    await store.set(key(300), answer, [shirt], 60_000);
    // `productUpdate` of an unknown id answers `product: null`: the plugin names the type alone.
    await store.invalidate([{ typename: 'Product' }]);
    expect(await store.get(key(300))).toEqual(answer);
    await store.invalidate([{ typename: 'Product' }, shirt]);
    expect(await store.get(key(300))).toBeNull();
  });
});
