import { randomBytes } from 'node:crypto';
import { Redis } from '@upstash/redis';
import type { RedisBackend } from './backend.js';
import { startRedisBridge } from './bridge-server.js';
import { createIoredisBackend } from './ioredis-backend.js';
import { createMemoryBackend } from './memory-backend.js';

export type { Redis } from '@upstash/redis';
export { RedisReplyError, type RedisBackend, type RedisOutcome, type RedisReply } from './backend.js';
export { startRedisBridge, type RedisBridge, type RedisBridgeOptions } from './bridge-server.js';
export { createIoredisBackend } from './ioredis-backend.js';
export { createMemoryBackend } from './memory-backend.js';

export interface RedisConnection {
  redis: Redis;
  /** upstash: a REST endpoint; bridge: our bridge over REDIS_URL; memory: our bridge over memory. */
  kind: 'upstash' | 'bridge' | 'memory';
  close(): Promise<void>;
}

export interface RedisSettings {
  upstashUrl?: string;
  upstashToken?: string;
  redisUrl?: string;
}

/**
 * The app's one way to Redis (docs/adr/0005): always @upstash/redis over the Upstash
 * REST protocol. With an Upstash URL the client goes there; otherwise a bridge is started in
 * this process on 127.0.0.1 with a random port and token, backed by the Redis at `redisUrl` or,
 * without one, by an in-memory store that serves this process only.
 */
export async function connectRedis(settings: RedisSettings): Promise<RedisConnection> {
  if (settings.upstashUrl) {
    if (!settings.upstashToken) throw new Error('UPSTASH_REDIS_REST_TOKEN is required with UPSTASH_REDIS_REST_URL.');
    return {
      redis: new Redis({ url: settings.upstashUrl, token: settings.upstashToken }),
      kind: 'upstash',
      close: async () => {},
    };
  }
  const bridge = await startLocalBridge(settings.redisUrl);
  // Telemetry headers describe a hosted database; there is none here.
  const redis = new Redis({ url: bridge.url, token: bridge.token, enableTelemetry: false });
  return { redis, kind: bridge.kind, close: bridge.close };
}

export interface LocalBridge {
  url: string;
  token: string;
  kind: 'bridge' | 'memory';
  close(): Promise<void>;
}

/**
 * Our bridge on 127.0.0.1 with a random port and token, backed by the Redis at `redisUrl` or,
 * without one, by an in-memory store. A cluster primary starts one over memory so its workers
 * (UPSTASH_REDIS_REST_URL pointing here) share one store (src/cluster/).
 */
export async function startLocalBridge(redisUrl: string | undefined): Promise<LocalBridge> {
  const backend: RedisBackend = redisUrl ? await createIoredisBackend(redisUrl) : createMemoryBackend();
  const token = randomBytes(32).toString('base64url');
  try {
    const bridge = await startRedisBridge({ backend, token });
    const close = async () => {
      await bridge.close();
      await backend.close();
    };
    return { url: bridge.url, token, kind: redisUrl ? 'bridge' : 'memory', close };
  } catch (error) {
    await backend.close();
    throw error;
  }
}
