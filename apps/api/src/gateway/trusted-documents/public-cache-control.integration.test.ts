import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAME_HEADER } from '@commerce/trust/client-name';
import { ProductByHandleDocument, MOBILE_SAMPLE_CLIENT_NAME, documentIdOf } from '@commerce/mobile-sample';
import { loadEnv } from '../../env.js';
import { customersClient, uniqueEmail } from '../../test/customers-client.js';
import { useTestStack, type GraphQLResponse } from '../../test/stack.js';
import { responseCacheFromEnv } from '../response-cache/index.js';
import { graphqlById } from '../../test/trusted-documents.js';
import { CSRF_HEADER } from '../csrf.js';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from './public-cache-control.js';

// Cache-Control of GET answers with the gateway's response cache on, as in production: the
// answer a CDN may keep must not depend on whether the gateway itself had it cached.
// A stock bound long enough that the second request of a test is a hit on a busy machine.
const CACHE = { RESPONSE_CACHE: 'on', RESPONSE_CACHE_TTL_MS: '600000', RESPONSE_CACHE_STOCK_TTL_MS: '60000' };
const api = useTestStack(CACHE);

const PRODUCT = documentIdOf(ProductByHandleDocument);
const asMobileApp = { [CLIENT_NAME_HEADER]: MOBILE_SAMPLE_CLIENT_NAME };
/** The request headers a shared cache keys a stored answer by (besides the URL). */
const varied = (response: GraphQLResponse) =>
  (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());

describe('Cache-Control on GET with the response cache on', () => {
  it('stays public for a public answer served from the gateway’s cache', async () => {
    // A handle no other run asked for: the first GET is a miss, the second a hit.
    const variables = { handle: `no-such-product-${randomBytes(6).toString('hex')}` };
    const first = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect([first.headers.get('x-response-cache'), first.headers.get('cache-control')]).toEqual([
      'miss',
      PUBLIC_CACHE_CONTROL,
    ]);
    const second = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect(second.data).toEqual(first.data);
    expect([second.headers.get('x-response-cache'), second.headers.get('cache-control')]).toEqual([
      'hit',
      PUBLIC_CACHE_CONTROL,
    ]);
    expect(second.headers.get('vary')).toMatch(/authorization/i);
  });

  it('says how old a cached answer showing stock is, so a CDN or a phone keeps it only what the bound has left', async () => {
    // ProductByHandle selects availableForSale and quantityAvailable.
    const variables = { handle: `no-such-product-${randomBytes(6).toString('hex')}` };
    const first = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect(first.headers.get('x-response-cache')).toBe('miss');
    expect(Number(first.headers.get('age') ?? 0)).toBe(0);
    await sleep(2_100);
    const second = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect([second.headers.get('x-response-cache'), second.headers.get('cache-control')]).toEqual([
      'hit',
      PUBLIC_CACHE_CONTROL,
    ]);
    // Without Age, a CDN would keep a stock answer already near the bound for a full max-age more.
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(2);
  });

  it('gives no validator that outlives a change: a phone revalidating with what it got sees the new title', async () => {
    // A seeded product far from the ones other files change; its title restored at the end.
    const [row] = await api.stack.database.db.execute<{ id: string; handle: string; title: string }>(
      sql`select id::text, handle, title from catalog.products order by id offset 40 limit 1`,
    );
    const { id, handle, title } = row!;
    const cache = responseCacheFromEnv(loadEnv(CACHE), api.stack.redis.redis)!;
    const get = (headers: Record<string, string> = {}) =>
      graphqlById<{ product: { title: string } }>(
        api.gateway,
        PRODUCT,
        { handle },
        { ...asMobileApp, ...headers },
        'GET',
      );
    try {
      await cache.evictTags([`product:${id}`]);
      const first = await get();
      expect(first.data!.product.title).toBe(title);
      const validator = first.headers.get('etag');

      const changed = `${title} (renamed)`;
      await api.stack.database.db.execute(sql`update catalog.products set title = ${changed} where id = ${Number(id)}`);
      await cache.evictTags([`product:${id}`]);
      expect((await get()).data!.product.title).toBe(changed); // stored anew, under the same key

      // OkHttp revalidates with If-None-Match alone when it was given an ETag.
      const revalidated = await get(validator ? { 'if-none-match': validator } : {});
      expect(revalidated.status).toBe(200);
      expect(revalidated.data!.product.title).toBe(changed);
    } finally {
      await api.stack.database.db.execute(sql`update catalog.products set title = ${title} where id = ${Number(id)}`);
      await cache.evictTags([`product:${id}`]);
    }
  });

  it('varies by Cookie as by Authorization: a shared cache keeps the public copy from a signed-in browser', async () => {
    const customers = customersClient(api.stack);
    const email = uniqueEmail('vary-cookie');
    await customers.createCustomer({ email });
    const token = await customers.signIn(email);
    // As the storefront's browser code sends a personal GET: the session cookie and the CSRF header.
    const session = {
      cookie: `theme=dark; ${loadEnv({}).SESSION_COOKIE}=${encodeURIComponent(token)}`,
      [CSRF_HEADER]: '1',
    };
    const variables = { handle: `no-such-product-${randomBytes(6).toString('hex')}` };

    // The anonymous answer is public; a CDN stores it under the URL and the headers Vary names.
    const anonymous = await graphqlById(api.gateway, PRODUCT, variables, asMobileApp, 'GET');
    expect(anonymous.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    // Without Cookie among them, the same URL asked with the session cookie (a personal request,
    // which the gateway answers afresh and privately) would be given this stored public copy.
    expect(varied(anonymous)).toEqual(expect.arrayContaining(['authorization', 'cookie']));

    // The personal request's own answer: neither from nor into any cache.
    const personal = await graphqlById(api.gateway, PRODUCT, variables, { ...asMobileApp, ...session }, 'GET');
    expect(personal.errors).toBeUndefined();
    expect(personal.data).toEqual(anonymous.data);
    expect([personal.headers.get('cache-control'), personal.headers.get('x-response-cache')]).toEqual([
      PRIVATE_CACHE_CONTROL,
      'skip',
    ]);
    expect(varied(personal)).toEqual(expect.arrayContaining(['authorization', 'cookie']));
  });
});
