import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection } from '../../platform/redis/index.js';
import { createLoginLimiter } from './login-limits.js';

// Against the in-memory store, which speaks the Upstash protocol (scripts included) like Redis.
let connection: RedisConnection;
beforeAll(async () => {
  connection = await connectRedis({});
});
afterAll(async () => {
  await connection?.close();
});

describe('login limiter', () => {
  it('counts per account and per address, separately for customers and staff', async () => {
    const limiter = createLoginLimiter(connection.redis, {
      perAccount: 2,
      perIp: 3,
      signUpsPerIp: 2,
      windowSeconds: 60,
    });
    expect(await limiter.allow('customer', 'ada@example.com', '192.0.2.1')).toBe(true);
    expect(await limiter.allow('customer', 'ada@example.com', '192.0.2.2')).toBe(true);
    expect(await limiter.allow('customer', 'ada@example.com', '192.0.2.3')).toBe(false);
    expect(await limiter.allow('staff', 'ada@example.com', '192.0.2.4')).toBe(true);

    expect(await limiter.allow('customer', 'a@example.com', '192.0.2.9')).toBe(true);
    expect(await limiter.allow('customer', 'b@example.com', '192.0.2.9')).toBe(true);
    expect(await limiter.allow('customer', 'c@example.com', '192.0.2.9')).toBe(true);
    expect(await limiter.allow('customer', 'd@example.com', '192.0.2.9')).toBe(false);
  });

  it('keeps no email or address in clear in Redis keys', async () => {
    const limiter = createLoginLimiter(connection.redis);
    await limiter.allow('customer', 'secret.person@example.com', '198.51.100.77');
    const keys = await connection.redis.keys('ratelimit:*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toMatch(/secret\.person|198\.51\.100\.77/);
  });
});

describe('limits per address', () => {
  it('makes a fresh address in the same /64 share the bucket', async () => {
    const limiter = createLoginLimiter(connection.redis, {
      perAccount: 99,
      perIp: 2,
      signUpsPerIp: 1,
      windowSeconds: 60,
    });
    expect(await limiter.allow('customer', 'x1@example.com', '2001:db8:77:1::1')).toBe(true);
    expect(await limiter.allow('customer', 'x2@example.com', '2001:db8:77:1::2')).toBe(true);
    expect(await limiter.allow('customer', 'x3@example.com', '2001:db8:77:1:ffff::9')).toBe(false);
    expect(await limiter.allowSignUp('2001:db8:77:2::1')).toBe(true);
    expect(await limiter.allowSignUp('2001:db8:77:2::abcd')).toBe(false);
  });
});
