import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_CACHE_SECONDS, identityCacheKey, type Identity } from '../platform/identity.js';
import { connectRedis, type RedisConnection } from '../platform/redis/index.js';
import { createIdentityResolver, tokenOf } from './identity.js';

// The identity cache's two promises: a revocation that lands while a lookup is in flight still
// wins, and no identity is cached past its token's expiry. A stand-in customers service lets the
// test choose exactly when each step happens.
const token = 'tok_0123456789abcdefghijklmnop';
const customer: Identity = { kind: 'customer', customerId: 42 };

let redis: RedisConnection;
let server: Server;
let respond: () => Promise<{ identity: Identity | null; expiresAt: string | null }>;

beforeAll(async () => {
  redis = await connectRedis({});
  server = createServer(async (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(await respond()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.close();
  await redis.close();
});

function resolver() {
  const { port } = server.address() as AddressInfo;
  return createIdentityResolver({ redis: redis.redis, customersUrl: `http://127.0.0.1:${port}`, secret: 's'.repeat(32), cookieName: 'shop_session' });
}
const request = (headers: Record<string, string>) => new Request('http://gateway/graphql', { headers });

describe('gateway identity cache', () => {
  it('keeps a revocation that lands while the lookup is in flight', async () => {
    await redis.redis.del(identityCacheKey(token));
    respond = async () => {
      // The customers service revokes the token (as customerAccessTokenDelete does) before this
      // lookup's answer, still naming the customer, reaches the gateway.
      await redis.redis.set(identityCacheKey(token), { identity: null }, { ex: IDENTITY_CACHE_SECONDS });
      return { identity: customer, expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
    };
    const resolve = resolver();
    expect(await resolve(request({ authorization: `Bearer ${token}` }))).toEqual(customer);
    expect(await redis.redis.get(identityCacheKey(token))).toEqual({ identity: null });
    expect(await resolve(request({ authorization: `Bearer ${token}` }))).toBeNull();
  });

  it('caches no longer than the token lives', async () => {
    await redis.redis.del(identityCacheKey(token));
    respond = async () => ({ identity: customer, expiresAt: new Date(Date.now() + 5_000).toISOString() });
    await resolver()(request({ cookie: `other=1; shop_session=${token}` }));
    const ttl = await redis.redis.ttl(identityCacheKey(token));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5);
  });
});

describe('tokenOf', () => {
  it('prefers a bearer token, then the session cookie, and ignores malformed ones', () => {
    expect(tokenOf(request({ authorization: `Bearer ${token}`, cookie: 'shop_session=other-token-value-1234' }), 'shop_session')).toEqual({ token, via: 'bearer' });
    expect(tokenOf(request({ cookie: `a=b; shop_session=${token}` }), 'shop_session')).toEqual({ token, via: 'cookie' });
    expect(tokenOf(request({ authorization: 'Bearer short' }), 'shop_session')).toBeNull();
    expect(tokenOf(request({ cookie: 'shop_session=<script>' }), 'shop_session')).toBeNull();
    expect(tokenOf(request({ cookie: 'shop_session=%zz%E0%A4%A' }), 'shop_session')).toBeNull();
  });
});
