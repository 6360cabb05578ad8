import { describe, expect, it } from 'vitest';
import { connectRedis } from './index.js';

describe('connectRedis', () => {
  it('serves an in-memory store through the bridge when nothing is configured', async () => {
    const connection = await connectRedis({});
    expect(connection.kind).toBe('memory');
    await connection.redis.set('greeting', { text: 'hej' });
    expect(await connection.redis.get('greeting')).toEqual({ text: 'hej' });
    await connection.close();
  });

  it('talks to Upstash directly when its URL is set, and wants the token with it', async () => {
    const connection = await connectRedis({
      upstashUrl: 'https://example.upstash.io',
      upstashToken: 'token',
      redisUrl: 'redis://ignored',
    });
    expect(connection.kind).toBe('upstash');
    await connection.close();
    await expect(connectRedis({ upstashUrl: 'https://example.upstash.io' })).rejects.toThrow(
      'UPSTASH_REDIS_REST_TOKEN',
    );
  });
});
