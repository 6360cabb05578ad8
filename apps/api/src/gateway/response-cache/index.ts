import type { Redis } from '@upstash/redis';
import type { Env } from '../../env.js';
import { outboxEviction, type EvictResponses } from './outbox-eviction.js';
import { createRedisResponseStore, type ResponseStore } from './redis-store.js';

export { useGatewayResponseCache, RESPONSE_CACHE_HEADER } from './response-cache-plugin.js';
export { entitiesOfTags, type EvictResponses } from './outbox-eviction.js';

/** What the gateway caches in, and for how long; the worker evicts the same store. */
export interface ResponseCacheSettings {
  store: ResponseStore;
  ttlMs: number;
  stockTtlMs: number;
  /** For the outbox flush: evicts the responses showing these tags, on every instance at once. */
  evictTags: EvictResponses;
  /** For the outbox's eviction tick: the bound, and how to say how long stock may be served past it. */
  stockEvictions: { stockBoundMs: number; markStockEvictionsCurrent(forMs: number): Promise<void> };
}

/**
 * The response cache over the app's Redis (shared by every instance; in one-process development
 * the in-memory bridge), or null when RESPONSE_CACHE is off.
 */
export function responseCacheFromEnv(
  env: Pick<
    Env,
    'RESPONSE_CACHE' | 'RESPONSE_CACHE_TTL_MS' | 'RESPONSE_CACHE_STOCK_TTL_MS' | 'RESPONSE_CACHE_REDIS_TIMEOUT_MS'
  >,
  redis: Redis,
): ResponseCacheSettings | null {
  if (!env.RESPONSE_CACHE) return null;
  const stockTtlMs = Math.min(env.RESPONSE_CACHE_STOCK_TTL_MS, env.RESPONSE_CACHE_TTL_MS);
  const store = createRedisResponseStore({
    redis,
    timeoutMs: env.RESPONSE_CACHE_REDIS_TIMEOUT_MS,
    maxTtlMs: env.RESPONSE_CACHE_TTL_MS,
    stockBoundMs: stockTtlMs,
  });
  return {
    store,
    ttlMs: env.RESPONSE_CACHE_TTL_MS,
    stockTtlMs,
    evictTags: outboxEviction(store),
    stockEvictions: {
      stockBoundMs: stockTtlMs,
      markStockEvictionsCurrent: (forMs) => store.markStockEvictionsCurrent(forMs),
    },
  };
}
