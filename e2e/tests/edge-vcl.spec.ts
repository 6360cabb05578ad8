import { expect, test } from '@playwright/test';
import { header, rawRequest } from '../support/http.js';
import { ScriptedOrigin } from '../support/origin.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { PORTS, edgePurgeSecret } from '../support/stack-env.js';
import { startVarnish, type Edge } from '../support/varnish.js';

// deploy/varnish/default.vcl on its own: the real varnishd with the repository's VCL, in front
// of a scripted origin whose answers (headers, failures) each test chooses.

const PAGE_HEADERS = {
  'cache-control': 'public, s-maxage=300, stale-while-revalidate=600, stale-if-error=3600',
  'surrogate-key': 'product:1 listings',
};

const SHOP_HOST = 'shop.test';
let origin: ScriptedOrigin;
let edge: Edge;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  origin = new ScriptedOrigin();
  await origin.start();
  edge = await startVarnish({
    name: 'varnish-vcl',
    port: PORTS.edgeStaleTest,
    storefrontPort: origin.listeningPort,
    gatewayPort: origin.listeningPort,
    env: { EDGE_PURGE_SECRET: edgePurgeSecret(), EDGE_SHOP_HOST: SHOP_HOST },
  });
});

test.afterAll(async () => {
  await edge?.stop();
  await origin?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${edge.url}${path}`, { headers });

test('caches a public page: MISS, then HIT with an Age, origin asked once', async () => {
  origin.reply('/products/cached', { headers: PAGE_HEADERS, body: 'cached page' });
  const first = await get('/products/cached');
  const second = await get('/products/cached');
  expect(first.status).toBe(200);
  expect(header(first, 'x-cache')).toBe('MISS');
  expect(header(second, 'x-cache')).toBe('HIT');
  expect(Number(header(second, 'age'))).toBeGreaterThanOrEqual(0);
  expect(second.body).toBe('cached page');
  expect(origin.hits('/products/cached')).toHaveLength(1);
  // Surrogate keys are for the cache, not for browsers.
  expect(header(second, 'surrogate-key')).toBe('');
  expect(header(second, 'xkey')).toBe('');
});

// Next.js answers `RSC: 1` without a matching `_rsc` parameter with a 307 to `?_rsc…` that
// carries the page's public Cache-Control and no Vary; its pages Vary on the router headers.
const ROUTER_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];

test('router headers without an _rsc parameter are dropped: no redirect in the cache, no extra variants', async () => {
  origin.reply('/products/rsc', (request) => {
    const hasRscParam = /[?&]_rsc(=|&|$)/.test(request.url);
    if (request.headers.rsc === '1' && !hasRscParam)
      return { status: 307, headers: { ...PAGE_HEADERS, location: '/products/rsc?_rsc' } };
    return {
      headers: { ...PAGE_HEADERS, vary: ROUTER_VARY },
      body: request.headers.rsc === '1' ? 'flight payload' : '<html>page</html>',
    };
  });
  const forged = await get('/products/rsc', {
    rsc: '1',
    'next-router-state-tree': '%5B%22random-1%22%5D',
    'next-router-prefetch': '1',
    'next-router-segment-prefetch': '/_tree',
    'next-url': '/somewhere',
  });
  const shopper = await get('/products/rsc');
  expect(shopper.status).toBe(200);
  expect(shopper.body).toBe('<html>page</html>');
  expect(forged.status).toBe(200);
  expect(forged.body).toBe('<html>page</html>');
  // Random router headers do not make a variant of their own either.
  const otherTree = await get('/products/rsc', {
    'next-router-state-tree': '%5B%22random-2%22%5D',
    'next-url': '/elsewhere',
  });
  expect(header(otherTree, 'x-cache')).toBe('HIT');
  expect(origin.hits('/products/rsc')).toHaveLength(1);
  for (const name of ROUTER_HEADERS) expect(origin.hits('/products/rsc')[0]!.headers[name], name).toBeUndefined();

  // A client-router fetch carries `_rsc` and keeps its headers: those vary legitimately.
  const flight = await get('/products/rsc?_rsc=a1b2c', { rsc: '1', 'next-router-state-tree': '%5B%22tree%22%5D' });
  expect(flight.body).toBe('flight payload');
  expect(origin.hits('/products/rsc').at(-1)).toMatchObject({
    url: '/products/rsc?_rsc=a1b2c',
    headers: { rsc: '1', 'next-router-state-tree': '%5B%22tree%22%5D' },
  });
});

test('redirects are never cached, whatever their Cache-Control says', async () => {
  for (const status of [301, 302, 307, 308]) {
    const path = `/products/redirect-${status}`;
    origin.reply(path, { status, headers: { ...PAGE_HEADERS, location: '/products/elsewhere' } });
    expect((await get(path)).status).toBe(status);
    const second = await get(path);
    expect(second.status).toBe(status);
    expect(header(second, 'x-cache'), `${status}`).toBe('MISS');
    expect(origin.hits(path), `${status}`).toHaveLength(2);
  }
});

test('TTL from s-maxage, grace covering stale-if-error', async () => {
  origin.reply('/products/ttl', { headers: PAGE_HEADERS, body: 'ttl' });
  await get('/products/ttl');
  const debug = await get('/products/ttl', { 'x-edge-debug': '1', 'x-purge-secret': edgePurgeSecret() });
  expect(Number(header(debug, 'x-edge-ttl'))).toBeGreaterThan(290);
  expect(Number(header(debug, 'x-edge-ttl'))).toBeLessThanOrEqual(300);
  expect(Number(header(debug, 'x-edge-grace'))).toBe(3600);
  expect(header(debug, 'x-edge-keys')).toBe('product:1 listings');
});

test('cookies neither reach the origin nor split the cache of public pages', async () => {
  origin.reply('/collections/cookies', { headers: PAGE_HEADERS, body: 'same for everyone' });
  const anonymous = await get('/collections/cookies');
  const withCookie = await get('/collections/cookies', { cookie: 'shop_session=abc; theme=dark' });
  expect(header(anonymous, 'x-cache')).toBe('MISS');
  expect(header(withCookie, 'x-cache')).toBe('HIT');
  expect(withCookie.body).toBe('same for everyone');
  expect(origin.hits('/collections/cookies').map((request) => request.headers.cookie)).toEqual([undefined]);
});

test('tracking parameters are dropped and the query string sorted', async () => {
  origin.reply('/collections/params', { headers: PAGE_HEADERS, body: 'params' });
  await get('/collections/params?sort_by=price-ascending&utm_source=news&filter.p.vendor=Acme&gclid=x1');
  const same = await get(
    '/collections/params?filter.p.vendor=Acme&fbclid=y&sort_by=price-ascending&utm_medium=email&utm_campaign=z&msclkid=q',
  );
  expect(header(same, 'x-cache')).toBe('HIT');
  expect(origin.hits('/collections/params').map((request) => request.url)).toEqual([
    '/collections/params?filter.p.vendor=Acme&sort_by=price-ascending',
  ]);
  const onlyTracking = await get('/collections/params?utm_source=x');
  expect(origin.hits('/collections/params').at(-1)?.url).toBe('/collections/params');
  expect(onlyTracking.status).toBe(200);
});

test("the storefront's tracking parameters are dropped in any case; other parameters stay", async () => {
  // The list in apps/storefront/src/lib/tracking-params.ts: utm_*, and these keys, case-insensitively.
  origin.reply('/collections/tracking', { headers: PAGE_HEADERS, body: 'tracking' });
  expect(header(await get('/collections/tracking'), 'x-cache')).toBe('MISS');
  for (const query of [
    'SRSLTID=x&UTM_Source=y',
    'ref=z',
    'Fbclid=1&GCLID=2&gbraid=3&WBraid=4&msclkid=5&DCLID=6&yclid=7&ttclid=8&TwClid=9&igshid=10',
    'mc_cid=1&MC_EID=2&_ga=3&_GL=4&utm_term&Utm_Content=5&REF',
  ]) {
    expect(header(await get(`/collections/tracking?${query}`), 'x-cache'), query).toBe('HIT');
  }
  // A real parameter makes its own entry, with or without tracking parameters beside it.
  expect(header(await get('/collections/tracking?sort_by=price-ascending'), 'x-cache')).toBe('MISS');
  expect(header(await get('/collections/tracking?Ref=1&sort_by=price-ascending&_ga=2'), 'x-cache')).toBe('HIT');
  // Keys that merely look like tracking keys are not the storefront's either: dropped as unknown.
  expect(header(await get('/collections/tracking?referrer=a&utm=b&reference=c&my_ref=d&_gac=e'), 'x-cache')).toBe(
    'HIT',
  );
  expect(origin.hits('/collections/tracking').map((request) => request.url)).toEqual([
    '/collections/tracking',
    '/collections/tracking?sort_by=price-ascending',
  ]);
});

test('a response that sets a cookie is passed on untouched and never cached', async () => {
  origin.reply('/products/sets-cookie', {
    headers: { ...PAGE_HEADERS, 'set-cookie': 'ab=1; Path=/; HttpOnly' },
    body: 'personal',
  });
  const first = await get('/products/sets-cookie');
  const second = await get('/products/sets-cookie');
  expect(header(first, 'set-cookie')).toBe('ab=1; Path=/; HttpOnly');
  expect(header(second, 'set-cookie')).toBe('ab=1; Path=/; HttpOnly');
  expect(header(second, 'x-cache')).toBe('MISS');
  expect(origin.hits('/products/sets-cookie')).toHaveLength(2);
});

test('5xx answers are never cached; 404s for a minute at most', async () => {
  origin.reply('/products/broken', { status: 500, headers: PAGE_HEADERS, body: 'boom' });
  expect((await get('/products/broken')).status).toBe(500);
  expect((await get('/products/broken')).status).toBe(500);
  expect(origin.hits('/products/broken')).toHaveLength(2);

  origin.reply('/products/missing', { status: 404, headers: PAGE_HEADERS, body: 'not found' });
  await get('/products/missing');
  const cached404 = await get('/products/missing', { 'x-edge-debug': '1', 'x-purge-secret': edgePurgeSecret() });
  expect(header(cached404, 'x-cache')).toBe('HIT');
  expect(Number(header(cached404, 'x-edge-ttl'))).toBeLessThanOrEqual(60);
  expect(Number(header(cached404, 'x-edge-ttl'))).toBeGreaterThan(50);
});

test('a content page 404 is kept 2 s at most and never served stale, so a page published later shows at once', async () => {
  origin.reply('/pages/not-yet', { status: 404, headers: PAGE_HEADERS, body: 'not found' });
  await get('/pages/not-yet');
  const cached404 = await get('/pages/not-yet', { 'x-edge-debug': '1', 'x-purge-secret': edgePurgeSecret() });
  expect(header(cached404, 'x-cache')).toBe('HIT');
  expect(Number(header(cached404, 'x-edge-ttl'))).toBeLessThanOrEqual(2);
  expect(Number(header(cached404, 'x-edge-grace'))).toBe(0);

  await sleep(2_500);
  origin.reply('/pages/not-yet', { headers: PAGE_HEADERS, body: 'published' });
  const published = await get('/pages/not-yet');
  expect(published.status).toBe(200);
  expect(published.body).toBe('published');
});

test('responses without an explicit public lifetime are not cached', async () => {
  origin.reply('/products/silent', { body: 'no cache-control' });
  origin.reply('/products/private', { headers: { 'cache-control': 'private, no-store' }, body: 'private' });
  for (const path of ['/products/silent', '/products/private']) {
    await get(path);
    expect(header(await get(path), 'x-cache')).toBe('MISS');
    expect(origin.hits(path)).toHaveLength(2);
  }
});

test('account pages, other /api routes and non-GET requests pass with their cookies', async () => {
  origin.reply('/account', { headers: PAGE_HEADERS, body: 'account' });
  origin.reply('/api/revalidate', { headers: PAGE_HEADERS, body: 'ok' });
  origin.reply('/products/form', { headers: PAGE_HEADERS, body: 'posted' });
  await get('/account', { cookie: 'shop_session=abc' });
  expect(header(await get('/account', { cookie: 'shop_session=abc' }), 'x-cache')).toBe('MISS');
  expect(origin.hits('/account').map((request) => request.headers.cookie)).toEqual([
    'shop_session=abc',
    'shop_session=abc',
  ]);
  await get('/api/revalidate');
  await get('/api/revalidate');
  expect(origin.hits('/api/revalidate')).toHaveLength(2);
  const post = await rawRequest(`${edge.url}/products/form`, {
    method: 'POST',
    headers: { cookie: 'a=1', 'content-type': 'text/plain' },
    body: 'x',
  });
  expect(post.status).toBe(200);
  expect(origin.hits('/products/form')).toEqual([
    expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ cookie: 'a=1' }) }),
  ]);
});

test('/api/graphql goes to the gateway as /graphql and is never cached', async () => {
  origin.reply('/graphql', {
    headers: { 'cache-control': 'public, s-maxage=300', 'content-type': 'application/json' },
    body: '{"data":{}}',
  });
  const body = JSON.stringify({ query: '{ shop { name } }' });
  const first = await rawRequest(`${edge.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: 'shop_session=t' },
    body,
  });
  await rawRequest(`${edge.url}/api/graphql?query=%7Bshop%7Bname%7D%7D`);
  await rawRequest(`${edge.url}/api/graphql?query=%7Bshop%7Bname%7D%7D`);
  expect(first.body).toBe('{"data":{}}');
  expect(origin.hits('/graphql').map((request) => [request.method, request.headers.cookie])).toEqual([
    ['POST', 'shop_session=t'],
    ['GET', undefined],
    ['GET', undefined],
  ]);
});

test('PURGE by surrogate key: only with the purge secret, from any address; answers with the number purged', async () => {
  origin.reply('/products/purge-a', {
    headers: { ...PAGE_HEADERS, 'surrogate-key': 'product:77 collection:5' },
    body: 'a',
  });
  origin.reply('/products/purge-b', {
    headers: { ...PAGE_HEADERS, 'surrogate-key': 'product:78 collection:5' },
    body: 'b',
  });
  await get('/products/purge-a');
  await get('/products/purge-b');
  const secret = edgePurgeSecret();

  // Neither a stranger nor localhost without the secret, nor a wrong or empty secret.
  for (const [headers, localAddress] of [
    [{ 'xkey-purge': 'collection:5' }, '127.0.0.2'],
    [{ 'xkey-purge': 'collection:5' }, undefined],
    [{ 'xkey-purge': 'collection:5', 'x-purge-secret': `${secret}x` }, undefined],
    [{ 'xkey-purge': 'collection:5', 'x-purge-secret': '' }, undefined],
  ] as const) {
    const refused = await rawRequest(`${edge.url}/`, { method: 'PURGE', headers, localAddress });
    expect(refused.status, JSON.stringify(headers)).toBe(403);
  }
  expect(header(await get('/products/purge-a'), 'x-cache')).toBe('HIT');
  // Nor does the debug view answer without it.
  expect(header(await get('/products/purge-a', { 'x-edge-debug': '1' }), 'x-edge-keys')).toBe('');

  const byXkey = await rawRequest(`${edge.url}/`, {
    method: 'PURGE',
    headers: { 'xkey-purge': 'product:77', 'x-purge-secret': secret },
    localAddress: '127.0.0.2',
  });
  expect(byXkey.status).toBe(200);
  expect(header(byXkey, 'x-purged')).toBe('1');
  expect(header(await get('/products/purge-a'), 'x-cache')).toBe('MISS');
  expect(header(await get('/products/purge-b'), 'x-cache')).toBe('HIT');

  const bySurrogateKey = await rawRequest(`${edge.url}/`, {
    method: 'PURGE',
    headers: { 'surrogate-key': 'collection:5 nothing:here', 'x-purge-secret': secret },
  });
  expect(header(bySurrogateKey, 'x-purged')).toBe('2');
  expect(bySurrogateKey.body).toContain('Purged 2');

  const withoutKeys = await rawRequest(`${edge.url}/`, { method: 'PURGE', headers: { 'x-purge-secret': secret } });
  expect(withoutKeys.status).toBe(400);
});

test('every Host is the shop: other hosts neither split the cache nor reach the origin as they came', async () => {
  origin.reply('/products/host', { headers: PAGE_HEADERS, body: 'one shop' });
  expect(header(await get('/products/host', { host: 'attacker.example' }), 'x-cache')).toBe('MISS');
  for (const host of ['SHOP.test', 'other.example:8080', 'shop.test']) {
    expect(header(await get('/products/host', { host }), 'x-cache'), host).toBe('HIT');
  }
  expect(origin.hits('/products/host').map((request) => request.headers.host)).toEqual([SHOP_HOST]);
});

test("query keys the storefront does not read are dropped from pages' cache keys, percent-encoded ones too", async () => {
  origin.reply('/collections/allow', { headers: PAGE_HEADERS, body: 'allow' });
  origin.reply('/products/allow', { headers: PAGE_HEADERS, body: 'allow' });
  origin.reply('/_next/static/chunks/allow.js', {
    headers: { 'cache-control': 'public, max-age=31536000, immutable' },
    body: 'js',
  });

  expect(header(await get('/collections/allow?sort_by=price-ascending&filter.p.vendor=Acme'), 'x-cache')).toBe('MISS');
  for (const query of [
    'filter.p.vendor=Acme&sort_by=price-ascending&x=1',
    'sort_by=price-ascending&junk-1=1&filter.p.vendor=Acme&junk-2',
    'utm%5Fsource=a&filter.p.vendor=Acme&%75tm_medium=b&sort_by=price-ascending&f%62clid=c',
  ]) {
    expect(header(await get(`/collections/allow?${query}`), 'x-cache'), query).toBe('HIT');
  }
  // Listing keys the storefront reads all stay.
  await get(
    '/collections/allow?filter.v.option.color=Blue&filter.v.price.gte=10&filter.v.price.lte=20&filter.v.availability=1&filter.p.tag=a&filter.p.product_type=b&after=c&q=d&_rsc=e',
  );
  expect(origin.hits('/collections/allow').map((request) => request.url)).toEqual([
    '/collections/allow?filter.p.vendor=Acme&sort_by=price-ascending',
    '/collections/allow?_rsc=e&after=c&filter.p.product_type=b&filter.p.tag=a&filter.v.availability=1&filter.v.option.color=Blue&filter.v.price.gte=10&filter.v.price.lte=20&q=d',
  ]);

  // Product pages read option slugs: those stay, anything else goes.
  await get('/products/allow?color=navy&shoe-size=42');
  expect(
    header(await get('/products/allow?shoe-size=42&%63olor=red&color=navy&utm%5Fsource=x&Bad.Key=1'), 'x-cache'),
  ).toBe('HIT');
  expect(origin.hits('/products/allow').map((request) => request.url)).toEqual([
    '/products/allow?color=navy&shoe-size=42',
  ]);

  // Static files read no query at all.
  await get('/_next/static/chunks/allow.js?v=1');
  expect(header(await get('/_next/static/chunks/allow.js?v=2&dpl=x'), 'x-cache')).toBe('HIT');
  expect(origin.hits('/_next/static/chunks/allow.js').map((request) => request.url)).toEqual([
    '/_next/static/chunks/allow.js',
  ]);
});

// `/` and `/pages/<handle>` read no query at all (proxy.ts drops it before the render): a listing
// key there would let a stranger mint an edge copy of a page per value (`?q=1`, `?q=2`, …).
test("content pages and the home page keep only the router's _rsc parameter in their cache keys", async () => {
  origin.reply('/pages/query-free', { headers: PAGE_HEADERS, body: 'page' });
  origin.reply('/', { headers: PAGE_HEADERS, body: 'home' });
  expect(header(await get('/pages/query-free?q=1'), 'x-cache')).toBe('MISS');
  for (const query of ['q=2', 'sort_by=price-ascending&after=x', 'filter.p.vendor=Acme&before=y', '']) {
    const path = query ? `/pages/query-free?${query}` : '/pages/query-free';
    expect(header(await get(path), 'x-cache'), path).toBe('HIT');
  }
  await get('/pages/query-free?q=3&_rsc=abc');
  expect(origin.hits('/pages/query-free').map((request) => request.url)).toEqual([
    '/pages/query-free',
    '/pages/query-free?_rsc=abc',
  ]);
  const homeBefore = origin.hits('/').length;
  await get('/?q=1&sort_by=x');
  expect(header(await get('/?after=z'), 'x-cache')).toBe('HIT');
  expect(
    origin
      .hits('/')
      .slice(homeBefore)
      .map((request) => request.url),
  ).toEqual(origin.hits('/').length > homeBefore ? ['/'] : []);
});

test('stale-while-revalidate: a stale copy goes out at once while the origin is asked behind it', async () => {
  let version = 1;
  origin.reply('/products/swr', () => ({
    headers: { 'cache-control': 'public, s-maxage=1, stale-while-revalidate=30' },
    body: `v${version}`,
  }));
  expect((await get('/products/swr')).body).toBe('v1');
  version = 2;
  await sleep(1_300);
  const stale = await get('/products/swr');
  expect(stale.body).toBe('v1');
  await expect.poll(async () => (await get('/products/swr')).body).toBe('v2');
});

test('stale-if-error: past stale-while-revalidate a stale copy goes out only when the origin fails', async () => {
  let version = 1;
  let failing = false;
  origin.reply('/products/sie', () =>
    failing
      ? { status: 503, body: 'origin trouble' }
      : {
          headers: { 'cache-control': 'public, s-maxage=1, stale-while-revalidate=1, stale-if-error=3600' },
          body: `v${version}`,
        },
  );
  expect((await get('/products/sie')).body).toBe('v1');
  await sleep(2_300);

  // Healthy origin, copy older than stale-while-revalidate: fetched synchronously.
  version = 2;
  expect((await get('/products/sie')).body).toBe('v2');
  await sleep(2_300);

  // The origin answers 503: the stale copy goes out instead.
  failing = true;
  const onError = await get('/products/sie');
  expect(onError.status).toBe(200);
  expect(onError.body).toBe('v2');

  // The origin is down altogether (connection refused): still the stale copy.
  await origin.stop();
  try {
    const onDown = await get('/products/sie');
    expect(onDown.status).toBe(200);
    expect(onDown.body).toBe('v2');
    // Without a stale copy, a failure is a failure.
    expect((await get('/products/never-cached')).status).toBe(503);
  } finally {
    await origin.start();
  }

  // Back up: the next request is fresh again.
  failing = false;
  version = 3;
  await expect.poll(async () => (await get('/products/sie')).body).toBe('v3');
});

test('x-edge-stale-if-error from a client: a cookie on a non-public path still passes', async () => {
  origin.reply('/cart', (request) => ({
    headers: PAGE_HEADERS,
    body: request.headers.cookie ? `cart of ${request.headers.cookie}` : 'empty cart',
  }));
  const forged = { cookie: 'shop_session=alice', 'x-edge-stale-if-error': '1' };
  expect((await get('/cart', forged)).body).toBe('cart of shop_session=alice');
  const again = await get('/cart', forged);
  expect(header(again, 'x-cache')).toBe('MISS');
  // Nobody else is served Alice's cart.
  expect((await get('/cart')).body).toBe('empty cart');
  expect(origin.hits('/cart').map((request) => request.headers.cookie)).toEqual([
    'shop_session=alice',
    'shop_session=alice',
    undefined,
  ]);
  expect(origin.hits('/cart').map((request) => request.headers['x-edge-stale-if-error'])).toEqual([
    undefined,
    undefined,
    undefined,
  ]);
});

test('x-edge-stale-if-error from a client does not serve a copy past stale-while-revalidate', async () => {
  let version = 1;
  origin.reply('/products/sie-forged', () => ({
    headers: { 'cache-control': 'public, s-maxage=1, stale-while-revalidate=1, stale-if-error=3600' },
    body: `v${version}`,
  }));
  expect((await get('/products/sie-forged')).body).toBe('v1');
  version = 2;
  await sleep(2_300);
  // The origin is healthy: the edge asks it synchronously, as for anyone else.
  expect((await get('/products/sie-forged', { 'x-edge-stale-if-error': '1' })).body).toBe('v2');
});

test('x-edge-refresh from a client does not force a refetch: the response is still a HIT', async () => {
  let version = 1;
  origin.reply('/products/refresh-forged', () => ({
    headers: { 'cache-control': 'public, s-maxage=1, stale-while-revalidate=30' },
    body: `v${version}`,
  }));
  expect((await get('/products/refresh-forged')).body).toBe('v1');
  version = 2;
  const fresh = await get('/products/refresh-forged', { 'x-edge-refresh': '1' });
  expect(header(fresh, 'x-cache')).toBe('HIT');
  expect(fresh.body).toBe('v1');
  expect(origin.hits('/products/refresh-forged')).toHaveLength(1);
  // Inside stale-while-revalidate the stale copy still goes out at once.
  await sleep(1_300);
  const stale = await get('/products/refresh-forged', { 'x-edge-refresh': '1' });
  expect(header(stale, 'x-cache')).toBe('HIT');
  expect(stale.body).toBe('v1');
});

// Last: the x-edge-stale-if-error journey above counts every request /cart has had.
test('cart, checkout and order pages pass without lookup even when a broken release calls them public', async () => {
  for (const path of ['/cart', '/checkout', '/orders/AbCdEfGhIjKlMnOpQrStUv']) {
    origin.reply(path, { headers: PAGE_HEADERS, body: path });
    const before = origin.hits(path).length;
    // Without a cookie (the case the cookie rule does not catch) and with one.
    await get(path);
    expect(header(await get(path), 'x-cache'), path).toBe('MISS');
    expect(header(await get(path, { cookie: 'shop_cart=abc' }), 'x-cache'), path).toBe('MISS');
    expect(origin.hits(path).length - before, path).toBe(3);
    expect(origin.hits(path).at(-1)?.headers.cookie, path).toBe('shop_cart=abc');
  }
});
