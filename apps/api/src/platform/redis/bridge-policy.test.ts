import { readFileSync } from 'node:fs';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOREFRONT_KEY_PREFIXES } from './bridge-policy.js';
import { shippedScriptHashes } from './bridge-scripts.js';
import { startRedisBridge, type RedisBridge } from './bridge-server.js';
import { createMemoryBackend } from './memory-backend.js';

// The bridge as `npm run redis-bridge` serves it: a token is not the keys to the server. Only
// the project's scripts run, admin commands are refused, and the storefront's token reaches
// only the storefront's keys.
describe('Redis bridge policy', () => {
  const full = 'the-api-token-long-enough-for-tests';
  const storefront = 'the-storefront-token-for-tests';
  const backend = createMemoryBackend();
  let bridge: RedisBridge;
  const post = (token: string, path: string, body: unknown) =>
    fetch(`${bridge.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  const answer = async (response: Response) => ({ status: response.status, body: await response.json() });
  const client = (token: string) => new Redis({ url: bridge.url, token, enableTelemetry: false, retry: false });

  beforeAll(async () => {
    bridge = await startRedisBridge({
      backend,
      token: full,
      clients: [{ token: storefront, keyPrefixes: STOREFRONT_KEY_PREFIXES }],
      scripts: shippedScriptHashes(),
    });
  });
  afterAll(async () => {
    await bridge.close();
    await backend.close();
  });

  it('runs every @upstash/ratelimit limiter the gateway uses, and cost budgets with { rate }', async () => {
    const redis = client(full);
    // Day-long windows: the limiters align windows to the clock, and with 10 s ones a loaded CI
    // machine (3.5 s for this test) crossed a window's edge between the calls, so the third passed.
    for (const limiter of [
      Ratelimit.fixedWindow(3, '1 d'),
      Ratelimit.slidingWindow(3, '1 d'),
      Ratelimit.tokenBucket(1, '1 d', 3),
    ]) {
      const ratelimit = new Ratelimit({ redis, limiter, prefix: `policy-${Math.random()}`, analytics: false });
      expect((await ratelimit.limit('a')).success).toBe(true);
      expect((await ratelimit.limit('a', { rate: 2 })).success).toBe(true);
      expect((await ratelimit.limit('a')).success).toBe(false);
      expect((await ratelimit.getRemaining('b')).remaining).toBe(3);
    }
  });

  it('refuses scripts the project does not ship, by text, by SHA and by SCRIPT LOAD', async () => {
    const script = "return redis.call('FLUSHALL')";
    expect(await answer(await post(full, '/', ['EVAL', script, '0']))).toEqual({
      status: 403,
      body: { error: expect.stringMatching(/^NOPERM/) },
    });
    expect((await post(full, '/', ['EVALSHA', 'a'.repeat(40), '0'])).status).toBe(403);
    expect((await post(full, '/', ['EVAL_RO', script, '0'])).status).toBe(403);
    expect((await post(full, '/', ['SCRIPT', 'LOAD', script])).status).toBe(403);
    expect(
      (
        await post(full, '/pipeline', [
          ['SET', 'k', '1'],
          ['EVAL', script, '0'],
        ])
      ).status,
    ).toBe(403);
    expect(await answer(await post(full, '/', ['GET', 'k']))).toEqual({ status: 200, body: { result: null } });
  });

  it('refuses commands that administer or sweep the server', async () => {
    for (const command of [
      ['FLUSHALL'],
      ['FLUSHDB'],
      ['CONFIG', 'SET', 'maxmemory', '1'],
      ['SCRIPT', 'FLUSH'],
      ['KEYS', '*'],
      ['DEBUG', 'SLEEP', '1'],
      ['SHUTDOWN'],
      ['MODULE', 'LIST'],
      ['ACL', 'LIST'],
      ['flushall'],
    ]) {
      expect(await answer(await post(full, '/', command))).toEqual({
        status: 403,
        body: { error: expect.stringMatching(/^NOPERM/) },
      });
    }
    expect((await post(full, '/multi-exec', [['FLUSHDB']])).status).toBe(403);
  });

  it("keeps the storefront's token to the storefront's keys", async () => {
    const source = readFileSync(new URL('../../../../storefront/cache-tags-sync.mjs', import.meta.url), 'utf8');
    const [publish, poll] = [...source.matchAll(/`([^`]*redis\.call[^`]*)`/g)].map((match) => match[1]!);
    // Its two scripts pass the policy (the in-memory store lacks sorted sets, so only that is asserted here).
    const notRefused = async (response: Response) =>
      expect(JSON.stringify(await answer(response))).not.toMatch(/NOPERM|"status":40[13]/);
    await notRefused(
      await post(storefront, '/', [
        'EVAL',
        publish!,
        '3',
        'storefront:tags',
        'storefront:tags:changes',
        'storefront:tags:counter',
        'product:1',
        '{"at":5}',
      ]),
    );
    await notRefused(
      await post(storefront, '/', ['EVAL', poll!, '2', 'storefront:tags:changes', 'storefront:tags', '0', '10']),
    );
    expect(await client(storefront).set('storefront:tags:counter', 1)).toBe('OK');
    expect(await answer(await post(storefront, '/', ['GET', 'identity:abc']))).toEqual({
      status: 403,
      body: { error: expect.stringMatching(/^NOPERM/) },
    });
    expect((await post(storefront, '/', ['SET', 'identity:abc', '{"identity":{"kind":"staff"}}'])).status).toBe(403);
    expect(
      (
        await post(storefront, '/', [
          'EVAL',
          publish!,
          '3',
          'identity:a',
          'storefront:tags:changes',
          'storefront:tags:counter',
        ])
      ).status,
    ).toBe(403);
    expect(
      (
        await post(storefront, '/pipeline', [
          ['GET', 'storefront:tags:counter'],
          ['DEL', 'ratelimit:x'],
        ])
      ).status,
    ).toBe(403);
    expect((await post(storefront, '/', ['SCAN', '0'])).status).toBe(403);
    expect(await answer(await post(storefront, '/', ['GET', 'storefront:tags:counter']))).toEqual({
      status: 200,
      body: { result: '1' },
    });
    // The API's token still reaches everything.
    expect(await answer(await post(full, '/', ['GET', 'storefront:tags:counter']))).toEqual({
      status: 200,
      body: { result: '1' },
    });
  });

  it("matches the storefront's keys by whole segments: a key that only starts with the same letters is foreign", async () => {
    const source = readFileSync(new URL('../../../../storefront/cache-tags-sync.mjs', import.meta.url), 'utf8');
    const keyPrefix = /export const KEY_PREFIX = '([^']+)'/.exec(source)![1]!;
    // The storefront's own keys: the hash at the prefix itself, and keys under it.
    for (const key of [keyPrefix, `${keyPrefix}:changes`, `${keyPrefix}:counter`]) {
      expect(await answer(await post(storefront, '/', ['EXISTS', key]))).toEqual({
        status: 200,
        body: { result: expect.any(Number) },
      });
    }
    for (const key of [
      `${keyPrefix}X`,
      `${keyPrefix}x:counter`,
      `${keyPrefix}-evil`,
      'storefront:tag',
      'storefront:',
      keyPrefix.slice(0, -1),
    ]) {
      expect([key, (await post(storefront, '/', ['SET', key, '1'])).status]).toEqual([key, 403]);
      expect([key, (await post(storefront, '/', ['DEL', keyPrefix, key])).status]).toEqual([key, 403]);
    }
  });
});
