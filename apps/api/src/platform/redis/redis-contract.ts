import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisBackend } from './backend.js';
import { startRedisBridge, type RedisBridge } from './bridge-server.js';

/** Wraps a backend to note each command name sent, so tests can see EVAL fallbacks. */
function recording(backend: RedisBackend, names: string[]): RedisBackend {
  const note = (commands: string[][]) => names.push(...commands.map((command) => command[0]!.toUpperCase()));
  return {
    run: (command) => (note([command]), backend.run(command)),
    pipeline: (commands) => (note(commands), backend.pipeline(commands)),
    transaction: (commands) => (note(commands), backend.transaction(commands)),
    close: () => backend.close(),
  };
}

// Rate-limit windows are aligned to the clock: start well inside one so the test never straddles two.
async function awayFromWindowEdge(windowMs: number): Promise<void> {
  const into = Date.now() % windowMs;
  if (into > windowMs - 500) await sleep(windowMs - into + 50);
}

/**
 * The behaviour the app relies on, checked through the real @upstash/redis client and our
 * bridge, against any backend. Keys carry a per-run prefix and are deleted afterwards: the
 * backend may be a shared server, so nothing here flushes.
 */
export function describeRedisContract(name: string, createBackend: () => Promise<RedisBackend>): void {
  describe(`${name} through the Upstash REST bridge`, () => {
    const prefix = `test:contract:${process.pid}:${Date.now()}:`;
    const key = (suffix: string) => prefix + suffix;
    const token = randomBytes(24).toString('base64url');
    const sent: string[] = [];
    let backend: RedisBackend;
    let bridge: RedisBridge;
    let redis: Redis;

    beforeAll(async () => {
      backend = await createBackend();
      bridge = await startRedisBridge({ backend: recording(backend, sent), token });
      redis = new Redis({ url: bridge.url, token, enableTelemetry: false });
    });

    afterAll(async () => {
      // SCAN, not KEYS: the bridge refuses KEYS on a shared server.
      let cursor = '0';
      do {
        const [next, found] = (await backend.run(['SCAN', cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000'])) as [
          string,
          string[],
        ];
        if (found.length > 0) await backend.run(['DEL', ...found]);
        cursor = next;
      } while (cursor !== '0');
      await bridge.close();
      await backend.close();
    });

    it('sets, gets and deletes', async () => {
      expect(await redis.set(key('a'), 'hello')).toBe('OK');
      expect(await redis.get(key('a'))).toBe('hello');
      expect(await redis.exists(key('a'), key('missing'))).toBe(1);
      expect(await redis.del(key('a'))).toBe(1);
      expect(await redis.get(key('a'))).toBeNull();
      expect(await redis.set(key('nx'), 'first', { nx: true })).toBe('OK');
      expect(await redis.set(key('nx'), 'second', { nx: true })).toBeNull();
      expect(await redis.set(key('nx'), 'third', { get: true })).toBe('first');
    });

    it('expires keys', async () => {
      // Set and read the TTL in one transaction, so a slow machine cannot expire the key in between.
      const [, pttl] = await redis.multi().set(key('short'), 'soon gone', { px: 150 }).pttl(key('short')).exec();
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(150);
      await redis.set(key('long'), 'stays', { ex: 30 });
      expect(await redis.ttl(key('long'))).toBeGreaterThan(25);
      await sleep(200);
      expect(await redis.get(key('short'))).toBeNull();
      expect(await redis.ttl(key('short'))).toBe(-2);
      expect(await redis.persist(key('long'))).toBe(1);
      expect(await redis.ttl(key('long'))).toBe(-1);
      expect(await redis.pexpire(key('long'), 60_000)).toBe(1);
    });

    it('counts', async () => {
      expect(await redis.incr(key('n'))).toBe(1);
      expect(await redis.incrby(key('n'), 41)).toBe(42);
      expect(await redis.decr(key('n'))).toBe(41);
      expect(await redis.incrbyfloat(key('f'), 1.5)).toBe(1.5);
      await redis.set(key('word'), 'abc');
      await expect(redis.incr(key('word'))).rejects.toThrow('ERR value is not an integer or out of range');
    });

    it('keeps hashes', async () => {
      expect(await redis.hset(key('h'), { name: 'Ada', role: 'admin' })).toBe(2);
      expect(await redis.hget(key('h'), 'name')).toBe('Ada');
      expect(await redis.hgetall(key('h'))).toEqual({ name: 'Ada', role: 'admin' });
      expect(await redis.hincrby(key('h'), 'visits', 3)).toBe(3);
      expect(await redis.hmget(key('h'), 'name', 'nope')).toEqual({ name: 'Ada', nope: null });
      expect(await redis.hdel(key('h'), 'role', 'nope')).toBe(1);
      await expect(redis.get(key('h'))).rejects.toThrow('WRONGTYPE');
    });

    it('reads several keys and sets', async () => {
      await redis.mset({ [key('m1')]: 'one', [key('m2')]: 'two' });
      expect(await redis.mget(key('m1'), key('m2'), key('m3'))).toEqual(['one', 'two', null]);
      expect(await redis.sadd(key('s'), 'a', 'b', 'a')).toBe(2);
      expect(await redis.sismember(key('s'), 'b')).toBe(1);
      expect((await redis.smembers(key('s'))).sort()).toEqual(['a', 'b']);
      expect(await redis.scard(key('s'))).toBe(2);
      expect(await redis.srem(key('s'), 'a', 'c')).toBe(1);
      expect(await redis.srem(key('s'), 'b')).toBe(1);
      expect(await redis.exists(key('s'))).toBe(0);
    });

    it('runs pipelines, keeping one failure apart', async () => {
      const results = await redis.pipeline().set(key('p'), 1).incr(key('p')).get(key('p')).exec();
      expect(results).toEqual(['OK', 2, 2]);
      const mixed = await redis
        .pipeline()
        .hset(key('ph'), { f: 'v' })
        .get(key('ph'))
        .hget(key('ph'), 'f')
        .exec({ keepErrors: true });
      expect(mixed[1]?.error).toContain('WRONGTYPE');
      expect(mixed[2]).toEqual({ result: 'v', error: undefined });
    });

    it('runs transactions atomically', async () => {
      expect(await redis.multi().set(key('t'), 10).incrby(key('t'), 5).get(key('t')).exec()).toEqual(['OK', 15, 15]);
      // A command Redis cannot queue discards the whole transaction.
      await expect(backend.transaction([['SET', key('t'), '0'], ['NO-SUCH-COMMAND']])).rejects.toThrow('EXECABORT');
      expect(await redis.get(key('t'))).toBe(15);
    });

    it('round-trips unicode and base64-looking text (the client asks for base64 replies)', async () => {
      const values = ['héllo wörld ✓ 日本語 🎉', '+/=+/==', 'T0s=', 'OK', ' spaced '];
      for (const [i, value] of values.entries()) await redis.set(key(`u${i}`), value);
      expect(await redis.mget(...values.map((_, i) => key(`u${i}`)))).toEqual(values);
      await redis.hset(key('uh'), { 'clé ✓': values[0], plus: values[1] });
      expect(await redis.hgetall(key('uh'))).toEqual({ 'clé ✓': values[0], plus: values[1] });
      const response = await fetch(bridge.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'upstash-encoding': 'base64' },
        body: JSON.stringify(['GET', key('u0')]),
      });
      expect(await response.json()).toEqual({ result: Buffer.from(values[0]!).toString('base64') });
    });

    it('refuses a wrong token', async () => {
      const intruder = new Redis({ url: bridge.url, token: 'not-the-token', enableTelemetry: false });
      await expect(intruder.get(key('a'))).rejects.toThrow('Unauthorized');
    });

    it('runs Lua with KEYS and ARGV, and EVALSHA after SCRIPT LOAD', async () => {
      const script =
        "return {KEYS[1], ARGV[1], redis.call('INCRBY', KEYS[1], ARGV[2]), false, redis.status_reply('FINE')}";
      expect(await redis.eval(script, [key('lua')], ['hi', 5])).toEqual([key('lua'), 'hi', 5, null, 'FINE']);
      const sha = await redis.scriptLoad(script);
      expect(await redis.scriptExists(sha)).toEqual([1]);
      expect(await redis.evalsha(sha, [key('lua')], ['hi', 1])).toEqual([key('lua'), 'hi', 6, null, 'FINE']);
      await expect(redis.evalsha('0'.repeat(40), [], [])).rejects.toThrow('NOSCRIPT');
      await expect(redis.eval("return redis.call('GET', KEYS[1])", [key('h')], [])).rejects.toThrow('WRONGTYPE');
      expect(await redis.eval('#!lua flags=allow-key-locking\nreturn ARGV[1]', [], ['upstash flag'])).toBe(
        'upstash flag',
      );
    });

    describe('@upstash/ratelimit', () => {
      const limiters = {
        slidingWindow: Ratelimit.slidingWindow(3, '10 s'),
        fixedWindow: Ratelimit.fixedWindow(3, '60 s'),
        tokenBucket: Ratelimit.tokenBucket(1, '60 s', 3),
      };
      for (const [algorithm, limiter] of Object.entries(limiters)) {
        it(`${algorithm}: the fourth call is refused, other identifiers are not, EVALSHA is reused`, async () => {
          await awayFromWindowEdge(algorithm === 'slidingWindow' ? 10_000 : 60_000);
          const ratelimit = new Ratelimit({ redis, limiter, prefix: key(`rl:${algorithm}`), ephemeralCache: false });
          const evalsBefore = sent.filter((name) => name === 'EVAL').length;
          const outcomes: boolean[] = [];
          for (let i = 0; i < 4; i++) outcomes.push((await ratelimit.limit('alice')).success);
          expect(outcomes).toEqual([true, true, true, false]);
          expect((await ratelimit.limit('bob')).success).toBe(true);
          // Only the very first call may fall back from EVALSHA to EVAL; the rest hit the script cache.
          expect(sent.filter((name) => name === 'EVAL').length - evalsBefore).toBeLessThanOrEqual(1);
          await ratelimit.resetUsedTokens('alice');
          expect((await ratelimit.limit('alice')).success).toBe(true);
        });
      }
    });
  });
}
