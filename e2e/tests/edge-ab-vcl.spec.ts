import { expect, test } from '@playwright/test';
import { header, rawRequest, type RawResponse } from '../support/http.js';
import { ScriptedOrigin, type SeenRequest } from '../support/origin.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { PORTS, edgePurgeSecret } from '../support/stack-env.js';
import { startVarnish, type Edge } from '../support/varnish.js';

// The A/B rules of deploy/varnish/default.vcl (docs/adr/0012) in a real varnishd, in front of a
// scripted origin: the sticky `shop_ab` bucket cookie, the `x-ab-bucket` and
// `x-ab-variant-<p>` request headers, and `Vary: x-ab-variant-<p>` on responses that carry
// `x-ab-split: <p>`.

const PAGE_HEADERS = {
  'cache-control': 'public, s-maxage=300, stale-while-revalidate=600, stale-if-error=3600',
  'surrogate-key': 'page:1 page-handle:sale',
};
const SPLITS = [10, 20, 30, 40, 50, 60, 70, 80, 90];
const COOKIE_RE = /^shop_ab=(0|[1-9]\d?); Path=\/; Max-Age=31536000; SameSite=Lax$/;

let origin: ScriptedOrigin;
let edge: Edge;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  origin = new ScriptedOrigin();
  await origin.start();
  edge = await startVarnish({
    name: 'varnish-ab-vcl',
    port: PORTS.edgeAbTest,
    storefrontPort: origin.listeningPort,
    gatewayPort: origin.listeningPort,
    env: { EDGE_PURGE_SECRET: edgePurgeSecret(), EDGE_SHOP_HOST: 'shop.test' },
  });
});

test.afterAll(async () => {
  await edge?.stop();
  await origin?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${edge.url}${path}`, { headers });

/** The bucket a response's Set-Cookie gives, or null when it sets none. */
function cookieBucket(response: RawResponse): number | null {
  const value = header(response, 'set-cookie');
  if (!value) return null;
  const match = COOKIE_RE.exec(value);
  expect(match, `Set-Cookie "${value}"`).not.toBeNull();
  return Number(match![1]);
}

/** A page under test at `split`: the origin renders the version the bucket header asks for. */
function pageUnderTest(split: number) {
  return (request: SeenRequest) => {
    const bucket = Number(request.headers['x-ab-bucket']);
    return {
      headers: { ...PAGE_HEADERS, 'x-ab-split': String(split), vary: 'rsc, next-router-state-tree' },
      body: Math.floor(bucket / 10) * 10 < split ? 'version b' : 'version a',
    };
  };
}

test('a shopper without a bucket gets one (0-99, a year, on / and /pages/*), and the origin sees it, not the cookie', async () => {
  origin.reply('/pages/fresh', { headers: PAGE_HEADERS, body: 'fresh' });
  origin.reply('/', { headers: PAGE_HEADERS, body: 'home' });
  for (const path of ['/pages/fresh', '/']) {
    const response = await get(path, { cookie: 'theme=dark' });
    expect(response.status).toBe(200);
    const bucket = cookieBucket(response);
    expect(bucket, path).not.toBeNull();
    const seen = origin.hits(path).at(-1)!;
    expect(seen.headers['x-ab-bucket'], path).toBe(String(bucket));
    for (const split of SPLITS)
      expect(seen.headers[`x-ab-variant-${split}`], `${path} ${split}`).toBe(bucket! < split ? 'b' : 'a');
    expect(seen.headers.cookie, path).toBeUndefined();
  }
});

test('a shopper with a valid bucket keeps it: no new cookie, the same bucket to the origin', async () => {
  origin.reply('/pages/kept', { headers: { ...PAGE_HEADERS, 'cache-control': 'private, no-store' }, body: 'kept' });
  for (const [cookie, bucket] of [
    ['shop_ab=37', '37'],
    ['a=1; shop_ab=0; b=2', '0'],
    ['shop_ab=99;theme=dark', '99'],
  ] as const) {
    const response = await get('/pages/kept', { cookie });
    expect(header(response, 'set-cookie'), cookie).toBe('');
    const seen = origin.hits('/pages/kept').at(-1)!;
    expect(seen.headers['x-ab-bucket'], cookie).toBe(bucket);
    expect(seen.headers['x-ab-variant-40'], cookie).toBe(Number(bucket) < 40 ? 'b' : 'a');
    expect(seen.headers.cookie, cookie).toBeUndefined();
  }
});

test('an invalid bucket cookie is replaced by a drawn one', async () => {
  origin.reply('/pages/invalid', { headers: { ...PAGE_HEADERS, 'cache-control': 'private, no-store' }, body: 'x' });
  for (const cookie of [
    'shop_ab=100',
    'shop_ab=-1',
    'shop_ab=abc',
    'shop_ab=',
    'shop_ab=05',
    'shop_ab=7x',
    'xshop_ab=7',
  ]) {
    const response = await get('/pages/invalid', { cookie });
    const bucket = cookieBucket(response);
    expect(bucket, cookie).not.toBeNull();
    expect(origin.hits('/pages/invalid').at(-1)!.headers['x-ab-bucket'], cookie).toBe(String(bucket));
  }
});

test('a client cannot choose its bucket or variant by header, nor get them on other pages', async () => {
  origin.reply('/pages/forged', { headers: { ...PAGE_HEADERS, 'cache-control': 'private, no-store' }, body: 'x' });
  origin.reply('/products/forged', { headers: { ...PAGE_HEADERS, 'cache-control': 'private, no-store' }, body: 'x' });
  const forged = { cookie: 'shop_ab=80', 'x-ab-bucket': '5', 'x-ab-variant-50': 'b', 'x-edge-ab-new': '1' };
  const page = await get('/pages/forged', forged);
  expect(header(page, 'set-cookie')).toBe('');
  expect(origin.hits('/pages/forged').at(-1)!.headers).toMatchObject({ 'x-ab-bucket': '80', 'x-ab-variant-50': 'a' });

  const product = await get('/products/forged', forged);
  expect(header(product, 'set-cookie')).toBe('');
  const seen = origin.hits('/products/forged').at(-1)!.headers;
  expect(seen['x-ab-bucket']).toBeUndefined();
  expect(seen['x-ab-variant-50']).toBeUndefined();
  expect(seen['x-edge-ab-new']).toBeUndefined();
});

test('a page under test is cached as exactly two copies: each shopper gets the version of their bucket, as a HIT on repeat', async () => {
  origin.reply('/pages/sale', pageUnderTest(50));
  const b = await get('/pages/sale', { cookie: 'shop_ab=12' });
  const a = await get('/pages/sale', { cookie: 'shop_ab=73' });
  expect([b.body, header(b, 'x-cache')]).toEqual(['version b', 'MISS']);
  expect([a.body, header(a, 'x-cache')]).toEqual(['version a', 'MISS']);
  expect(header(a, 'vary')).toContain('x-ab-variant-50');
  // The split is the edge's business, not the browser's.
  expect(header(a, 'x-ab-split')).toBe('');

  // Every other bucket, and other cookies, share those two copies.
  for (const [cookie, body] of [
    ['shop_ab=12', 'version b'],
    ['shop_ab=0; shop_session=x', 'version b'],
    ['shop_ab=49; cart=abc', 'version b'],
    ['shop_ab=50', 'version a'],
    ['theme=light; shop_ab=99', 'version a'],
  ] as const) {
    const response = await get('/pages/sale', { cookie });
    expect([response.body, header(response, 'x-cache')], cookie).toEqual([body, 'HIT']);
    expect(header(response, 'set-cookie'), cookie).toBe('');
  }
  expect(origin.hits('/pages/sale')).toHaveLength(2);
});

test('shoppers without a cookie get a cached copy that matches the bucket they are given', async () => {
  origin.reply('/pages/newcomers', pageUnderTest(30));
  const seenBodies = new Set<string>();
  for (let i = 0; i < 40; i++) {
    const response = await get('/pages/newcomers');
    const bucket = cookieBucket(response);
    expect(bucket).not.toBeNull();
    expect(response.body, `bucket ${bucket}`).toBe(bucket! < 30 ? 'version b' : 'version a');
    seenBodies.add(response.body);
  }
  // 40 draws with a 30 % split: both versions come up (a miss of either is a 1-in-10⁶ event).
  expect([...seenBodies].sort()).toEqual(['version a', 'version b']);
  expect(origin.hits('/pages/newcomers')).toHaveLength(2);
});

test('the cached object never carries the Set-Cookie; the origin setting one still makes it uncacheable', async () => {
  origin.reply('/pages/nocookie', pageUnderTest(50));
  await get('/pages/nocookie', { cookie: 'shop_ab=3' });
  const debug = await get('/pages/nocookie', {
    cookie: 'shop_ab=3',
    'x-edge-debug': '1',
    'x-purge-secret': edgePurgeSecret(),
  });
  expect(header(debug, 'x-cache')).toBe('HIT');
  expect(header(debug, 'set-cookie')).toBe('');

  origin.reply('/pages/sets-cookie', { headers: { ...PAGE_HEADERS, 'set-cookie': 'other=1; Path=/' }, body: 'x' });
  const first = await get('/pages/sets-cookie');
  // The origin's cookie and the edge's bucket both reach the browser.
  expect(first.headers['set-cookie']).toEqual(expect.arrayContaining(['other=1; Path=/']));
  expect(first.headers['set-cookie']?.some((value) => COOKIE_RE.test(value))).toBe(true);
  expect(header(await get('/pages/sets-cookie', { cookie: 'shop_ab=1' }), 'x-cache')).toBe('MISS');
});

test('pages not under test are one copy for every bucket and cookie', async () => {
  origin.reply('/pages/plain', { headers: PAGE_HEADERS, body: 'plain' });
  const first = await get('/pages/plain', { cookie: 'shop_ab=5' });
  expect(header(first, 'x-cache')).toBe('MISS');
  expect(header(first, 'vary')).not.toContain('x-ab');
  for (const cookie of ['shop_ab=95', 'shop_ab=40; shop_session=abc', 'theme=dark']) {
    expect(header(await get('/pages/plain', { cookie }), 'x-cache'), cookie).toBe('HIT');
  }
  expect(header(await get('/pages/plain'), 'x-cache')).toBe('HIT');
  expect(origin.hits('/pages/plain')).toHaveLength(1);
});

test('an x-ab-split that is not a multiple of ten (10-90) adds no Vary', async () => {
  for (const split of ['55', '0', '100', 'abc', '50, 60']) {
    const path = `/pages/bad-split-${split.replace(/\W/g, '')}`;
    origin.reply(path, { headers: { ...PAGE_HEADERS, 'x-ab-split': split }, body: 'x' });
    await get(path, { cookie: 'shop_ab=1' });
    const again = await get(path, { cookie: 'shop_ab=91' });
    expect(header(again, 'x-cache'), split).toBe('HIT');
    expect(header(again, 'vary'), split).not.toContain('x-ab');
  }
});

test('a purge of the page tag removes both copies', async () => {
  origin.reply('/pages/purged', (request) => ({
    ...pageUnderTest(50)(request),
    headers: { ...pageUnderTest(50)(request).headers, 'surrogate-key': 'page:9' },
  }));
  await get('/pages/purged', { cookie: 'shop_ab=1' });
  await get('/pages/purged', { cookie: 'shop_ab=51' });
  const purge = await rawRequest(`${edge.url}/`, {
    method: 'PURGE',
    headers: { 'xkey-purge': 'page:9', 'x-purge-secret': edgePurgeSecret() },
  });
  expect(header(purge, 'x-purged')).toBe('2');
  expect(header(await get('/pages/purged', { cookie: 'shop_ab=1' }), 'x-cache')).toBe('MISS');
  expect(header(await get('/pages/purged', { cookie: 'shop_ab=51' }), 'x-cache')).toBe('MISS');
});

test('stale-if-error keeps the bucket across the restart: the stale copy of its version, one Set-Cookie', async () => {
  let failing = false;
  origin.reply('/pages/stale', (request) =>
    failing
      ? { status: 503, body: 'origin trouble' }
      : {
          ...pageUnderTest(50)(request),
          headers: {
            ...pageUnderTest(50)(request).headers,
            'cache-control': 'public, s-maxage=1, stale-while-revalidate=1, stale-if-error=3600',
          },
        },
  );
  await get('/pages/stale', { cookie: 'shop_ab=1' });
  await get('/pages/stale', { cookie: 'shop_ab=99' });
  await sleep(2_300);
  failing = true;
  expect((await get('/pages/stale', { cookie: 'shop_ab=40' })).body).toBe('version b');
  expect((await get('/pages/stale', { cookie: 'shop_ab=60' })).body).toBe('version a');
  for (let i = 0; i < 6; i++) {
    const response = await get('/pages/stale');
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']).toHaveLength(1);
    const bucket = cookieBucket(response);
    expect(response.body, `bucket ${bucket}`).toBe(bucket! < 50 ? 'version b' : 'version a');
  }
  failing = false;
});

test("draft mode: a request with Next's __prerender_bypass cookie passes to the origin with its cookies", async () => {
  origin.reply('/pages/draft', { headers: PAGE_HEADERS, body: 'published' });
  await get('/pages/draft');
  const cookie = 'shop_ab=20; __prerender_bypass=abc; shop_staff=t';
  const draft = await get('/pages/draft', { cookie });
  expect(header(draft, 'x-cache')).toBe('MISS');
  expect(origin.hits('/pages/draft').at(-1)!.headers.cookie).toBe(cookie);
  expect(origin.hits('/pages/draft').at(-1)!.headers['x-ab-bucket']).toBe('20');
});
