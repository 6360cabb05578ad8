import { describe, expect, inject, it } from 'vitest';
import { connectRedis } from './index.js';
import { createIoredisBackend } from './ioredis-backend.js';
import { describeRedisContract } from './redis-contract.js';

// The run's Redis from the global setup (a database of its own on the machine's server). These
// tests exist to prove the bridge against a real Redis, so without one they fail, not skip.
const redisUrl = inject('redisUrl') ?? 'redis://127.0.0.1:6379/9';

describe('a real Redis to test the bridge against', () => {
  it('answers at TEST_REDIS_URL (default redis://127.0.0.1:6379/9)', () => {
    expect(inject('redisUrl'), 'start redis-server, or set TEST_REDIS_URL').not.toBeNull();
  });
});

describe('ioredis backend', () => {
  describeRedisContract('ioredis backend', () => createIoredisBackend(redisUrl!));

  it('refuses commands that would disturb the shared connection', async () => {
    const backend = await createIoredisBackend(redisUrl!);
    await expect(backend.run(['SELECT', '2'])).rejects.toThrow("ERR Command is not available: 'select'");
    await expect(backend.run(['BLPOP', 'k', '0'])).rejects.toThrow('not available');
    // Nor may a token holder administer or sweep the shared server.
    for (const command of [
      ['FLUSHALL'],
      ['FLUSHDB'],
      ['CONFIG', 'GET', 'maxmemory'],
      ['SHUTDOWN'],
      ['KEYS', '*'],
      ['REPLICAOF', 'NO', 'ONE'],
      ['SCRIPT', 'FLUSH'],
      ['DEBUG', 'SLEEP', '0'],
    ]) {
      await expect(backend.run(command), command.join(' ')).rejects.toThrow('not available');
    }
    expect(await backend.run(['SCRIPT', 'EXISTS', '0000000000000000000000000000000000000000'])).toEqual([0]);
    expect(await backend.pipeline([['PING'], ['SUBSCRIBE', 'c']])).toEqual([
      { result: 'PONG' },
      { error: "ERR Command is not available: 'subscribe'" },
    ]);
    await backend.close();
  });

  it('connectRedis with a Redis URL serves @upstash/redis through the bridge', async () => {
    const connection = await connectRedis({ redisUrl: redisUrl! });
    expect(connection.kind).toBe('bridge');
    const key = `test:connect:${process.pid}:${Date.now()}`;
    await connection.redis.set(key, { cart: [1, 2] }, { ex: 60 });
    expect(await connection.redis.get(key)).toEqual({ cart: [1, 2] });
    await connection.redis.del(key);
    await connection.close();
  });
});
