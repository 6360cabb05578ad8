import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_CACHE_SECONDS, identityCacheKey, type Identity } from '../platform/identity.js';
import { connectRedis, type RedisConnection } from '../platform/redis/index.js';
import { signCacheEntry } from './identity-cache.js';
import { createIdentityResolver, IdentityUnavailableError, tokenOf } from './identity.js';

// The identity cache's promises: a revocation that lands while a lookup is in flight still
// wins, no identity is cached past its token's expiry, Redis is not believed without the
// gateway's signature, and strangers' tokens cannot make the gateway work. A stand-in customers
// service lets the test choose exactly when each step happens and count the lookups.
const newToken = () => randomBytes(32).toString('base64url');
const token = newToken();
const customer: Identity = { kind: 'customer', customerId: 42 };
const admin: Identity = { kind: 'staff', staffId: 1, roles: ['ADMIN'] };
const secret = 's'.repeat(32);

let redis: RedisConnection;
let server: Server;
let lookups = 0;
let respond: () => Promise<{ identity: Identity | null; expiresAt: string | null }>;

beforeAll(async () => {
  redis = await connectRedis({});
  server = createServer(async (_req, res) => {
    lookups += 1;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(await respond()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.close();
  await redis.close();
});
beforeEach(() => {
  lookups = 0;
});

const customersUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
function resolver(options: { redis?: RedisConnection['redis']; timeoutMs?: number } = {}) {
  return createIdentityResolver({
    redis: options.redis ?? redis.redis,
    customersUrl: customersUrl(),
    secret,
    cookieName: 'shop_session',
    // Generous unless a test is about the timeout: a loaded CI machine took over the default 1.5 s
    // for the first lookup of the file, which then failed as IdentityUnavailableError.
    timeoutMs: options.timeoutMs ?? 10_000,
  });
}
const request = (headers: Record<string, string>) => new Request('http://gateway/graphql', { headers });
const bearer = (value: string) => request({ authorization: `Bearer ${value}` });
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe('gateway identity cache', () => {
  it('keeps a revocation that lands while the lookup is in flight', async () => {
    const revoked = newToken();
    let isRevoked = false;
    respond = async () => {
      if (isRevoked) return { identity: null, expiresAt: null };
      // The customers service revokes the token (as customerAccessTokenDelete does) before this
      // lookup's answer, still naming the customer, reaches the gateway.
      await redis.redis.set(identityCacheKey(revoked), { identity: null }, { ex: IDENTITY_CACHE_SECONDS });
      isRevoked = true;
      return { identity: customer, expiresAt: inAnHour() };
    };
    const resolve = resolver();
    expect(await resolve(bearer(revoked))).toEqual(customer);
    // The late answer did not replace the revocation marker.
    expect(await redis.redis.get(identityCacheKey(revoked))).toEqual({ identity: null });
    expect(await resolve(bearer(revoked))).toBeNull();
  });

  it('caches no longer than the token lives', async () => {
    await redis.redis.del(identityCacheKey(token));
    respond = async () => ({ identity: customer, expiresAt: new Date(Date.now() + 5_000).toISOString() });
    await resolver()(request({ cookie: `other=1; shop_session=${token}` }));
    const ttl = await redis.redis.ttl(identityCacheKey(token));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5);
  });

  it('serves a signed entry from Redis without asking the customers service again', async () => {
    const known = newToken();
    respond = async () => ({ identity: customer, expiresAt: inAnHour() });
    expect(await resolver()(bearer(known))).toEqual(customer);
    expect(await resolver()(bearer(known))).toEqual(customer);
    expect(lookups).toBe(1);
  });
});

describe('Redis is not a trust root', () => {
  const forge = async (value: unknown) => {
    const victim = newToken();
    await redis.redis.set(identityCacheKey(victim), value, { ex: 60 });
    respond = async () => ({ identity: null, expiresAt: null });
    return victim;
  };

  it('ignores an unsigned identity written into Redis', async () => {
    const victim = await forge({ identity: admin });
    expect(await resolver()(bearer(victim))).toBeNull();
    expect(lookups).toBe(1);
  });

  it('ignores an entry signed with another key, or moved from another token', async () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    const other = await forge(signCacheEntry(identityCacheKey('x'), admin, exp, 'another-secret-of-32-characters!'));
    expect(await resolver()(bearer(other))).toBeNull();
    // A genuine entry of another token, copied under this token's key.
    const stolen = newToken();
    const moved = await forge(signCacheEntry(identityCacheKey(stolen), admin, exp, secret));
    expect(await resolver()(bearer(moved))).toBeNull();
    expect(lookups).toBe(2);
  });

  it('ignores an entry whose signed expiry has passed, and one with its expiry changed', async () => {
    const expired = signCacheEntry('k', admin, Math.floor(Date.now() / 1000) - 1, secret);
    const past = await forge({ ...expired });
    const victim = newToken();
    const genuine = signCacheEntry(identityCacheKey(victim), admin, Math.floor(Date.now() / 1000) - 1, secret);
    await redis.redis.set(identityCacheKey(victim), { ...genuine, exp: genuine.exp + 3600 }, { ex: 60 });
    expect(await resolver()(bearer(past))).toBeNull();
    expect(await resolver()(bearer(victim))).toBeNull();
    expect(lookups).toBe(2);
  });
});

describe('strangers cannot make the gateway work', () => {
  it('looks a random well-shaped token up at most once per negative TTL, and writes nothing to Redis', async () => {
    respond = async () => ({ identity: null, expiresAt: null });
    const random = newToken();
    const resolve = resolver();
    for (let i = 0; i < 5; i += 1) expect(await resolve(bearer(random))).toBeNull();
    expect(lookups).toBe(1);
    expect(await redis.redis.get(identityCacheKey(random))).toBeNull();
  });

  it('never looks up a token of the wrong shape', async () => {
    respond = async () => ({ identity: customer, expiresAt: inAnHour() });
    const resolve = resolver();
    for (const wrong of [
      'tok_0123456789abcdefghijklmnop',
      `${newToken()}A`,
      newToken().slice(1),
      `${newToken().slice(1)}.`,
    ]) {
      expect(await resolve(bearer(wrong))).toBeNull();
      expect(await resolve(request({ cookie: `shop_session=${wrong}` }))).toBeNull();
    }
    expect(lookups).toBe(0);
  });
});

describe('identity lookup outages', () => {
  it('gives up on a hanging customers service after the timeout, with a typed error', async () => {
    respond = () => new Promise(() => {});
    const started = Date.now();
    await expect(resolver({ timeoutMs: 300 })(bearer(newToken()))).rejects.toBeInstanceOf(IdentityUnavailableError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('still resolves through the customers service when Redis is unreachable', async () => {
    const { Redis } = await import('@upstash/redis');
    // A port that was free a moment ago: nothing answers there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const down = new Redis({ url: `http://127.0.0.1:${port}`, token: 'x', retry: false, enableTelemetry: false });
    respond = async () => ({ identity: customer, expiresAt: inAnHour() });
    expect(await resolver({ redis: down, timeoutMs: 1_000 })(bearer(newToken()))).toEqual(customer);
  });
});

describe('tokenOf', () => {
  it('prefers a bearer token, then the session cookie, and ignores malformed ones', () => {
    expect(
      tokenOf(request({ authorization: `Bearer ${token}`, cookie: `shop_session=${newToken()}` }), 'shop_session'),
    ).toEqual({ token, via: 'bearer' });
    expect(tokenOf(request({ cookie: `a=b; shop_session=${token}` }), 'shop_session')).toEqual({
      token,
      via: 'cookie',
    });
    expect(tokenOf(request({ authorization: 'Bearer short' }), 'shop_session')).toBeNull();
    expect(tokenOf(request({ authorization: 'Bearer tok_0123456789abcdefghijklmnop' }), 'shop_session')).toBeNull();
    expect(tokenOf(request({ cookie: 'shop_session=<script>' }), 'shop_session')).toBeNull();
    expect(tokenOf(request({ cookie: 'shop_session=%zz%E0%A4%A' }), 'shop_session')).toBeNull();
  });
});
