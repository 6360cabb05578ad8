import { expect, test } from '@playwright/test';
import { graphql, numericId, productForSlot } from '../support/catalog.js';
import { header, rawRequest } from '../support/http.js';
import { PORTS, STOREFRONT_URL, edgePurgeSecret, revalidateSecret } from '../support/stack-env.js';
import { startVarnish, type Edge } from '../support/varnish.js';

// The edge as deployed: varnishd with deploy/varnish/default.vcl in front of the run's
// storefront (:3400) and gateway (:4400). The storefront purges it on revalidation
// (EDGE_PURGE_URL in global-setup.ts).

let edge: Edge;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  edge = await startVarnish({
    name: 'varnish-edge',
    port: PORTS.edge,
    storefrontPort: PORTS.storefront,
    gatewayPort: PORTS.gateway,
    env: { EDGE_PURGE_SECRET: edgePurgeSecret() },
  });
});

test.afterAll(async () => {
  await edge?.stop();
});

const viaEdge = (path: string, headers: Record<string, string> = {}) => rawRequest(`${edge.url}${path}`, { headers });

test('a product page is a MISS once, then a HIT with an Age, also with a cookie or tracking parameters', async () => {
  const product = await productForSlot('edgeHit');
  const path = `/products/${product.handle}`;
  const first = await viaEdge(path);
  expect(first.status).toBe(200);
  expect(header(first, 'x-cache')).toBe('MISS');
  expect(first.body).toContain(product.title);

  const second = await viaEdge(path);
  expect(header(second, 'x-cache')).toBe('HIT');
  expect(header(second, 'age')).toMatch(/^\d+$/);
  expect(second.body).toBe(first.body);

  const withCookie = await viaEdge(path, { cookie: 'shop_session=someone; cart=abc' });
  expect(header(withCookie, 'x-cache')).toBe('HIT');
  expect(withCookie.body).toBe(first.body);
  expect(header(withCookie, 'set-cookie')).toBe('');

  const tracked = await viaEdge(`${path}?utm_source=newsletter&utm_medium=email&gclid=abc`);
  expect(header(tracked, 'x-cache')).toBe('HIT');
  expect(tracked.body).toBe(first.body);
});

test('a request with RSC: 1 and no _rsc cannot leave a redirect in the cache for the next shopper', async () => {
  // Next.js answers such a request with a 307 to `?_rsc` carrying the page's public
  // Cache-Control and no Vary: cached, every shopper would be sent there.
  const product = await productForSlot('edgeRsc');
  const path = `/products/${product.handle}`;
  const forged = await viaEdge(path, { rsc: '1' });
  const shopper = await viaEdge(path);
  expect(shopper.status).toBe(200);
  expect(header(shopper, 'content-type')).toContain('text/html');
  expect(shopper.body).toContain(product.title);
  // The edge dropped the router header: the forged request got the page as well.
  expect(forged.status).toBe(200);
  expect(header(forged, 'content-type')).toContain('text/html');
  expect(header(shopper, 'x-cache')).toBe('HIT');
});

test('tracking parameters in any case share the page with the bare URL; a real parameter does not', async () => {
  const { collections } = await graphql<{ collections: { nodes: { handle: string }[] } }>(
    '{ collections(first: 1) { nodes { handle } } }',
  );
  const path = `/collections/${collections.nodes[0]!.handle}`;
  const bare = await viaEdge(path);
  expect(bare.status).toBe(200);
  expect(header(bare, 'x-cache')).toBe('MISS');
  for (const query of ['SRSLTID=x&UTM_Source=y', 'ref=z']) {
    const tracked = await viaEdge(`${path}?${query}`);
    expect(header(tracked, 'x-cache'), query).toBe('HIT');
    expect(tracked.body, query).toBe(bare.body);
  }
  const sorted = await viaEdge(`${path}?sort_by=price-ascending`);
  expect(sorted.status).toBe(200);
  expect(header(sorted, 'x-cache')).toBe('MISS');
});

test("PURGE with the product's surrogate key and the purge secret makes the next request a MISS", async () => {
  const product = await productForSlot('edgePurge');
  const path = `/products/${product.handle}`;
  // The key as the storefront announces it.
  const origin = await rawRequest(`${STOREFRONT_URL}${path}`);
  const key = header(origin, 'surrogate-key')
    .split(/\s+/)
    .find((value) => value === `product:${numericId(product.id)}`);
  expect(key, `surrogate-key "${header(origin, 'surrogate-key')}" names the product`).toBeDefined();

  await viaEdge(path);
  expect(header(await viaEdge(path), 'x-cache')).toBe('HIT');
  const purge = await rawRequest(`${edge.url}/`, {
    method: 'PURGE',
    headers: { 'xkey-purge': key!, 'x-purge-secret': edgePurgeSecret() },
  });
  expect(purge.status).toBe(200);
  expect(Number(header(purge, 'x-purged'))).toBeGreaterThanOrEqual(1);
  expect(header(await viaEdge(path), 'x-cache')).toBe('MISS');
  expect(header(await viaEdge(path), 'x-cache')).toBe('HIT');
});

test('POST /api/revalidate on the storefront purges the edge too', async () => {
  const product = await productForSlot('edgeRevalidate');
  const path = `/products/${product.handle}`;
  await viaEdge(path);
  expect(header(await viaEdge(path), 'x-cache')).toBe('HIT');
  const response = await rawRequest(`${STOREFRONT_URL}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${revalidateSecret()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: [`product:${numericId(product.id)}`] }),
  });
  expect(response.status).toBe(200);
  // The purge runs after the response (next/server `after`).
  await expect.poll(async () => header(await viaEdge(path), 'x-cache'), { timeout: 5_000 }).toBe('MISS');
});

test('/api/graphql through the edge reaches the gateway and is never cached', async () => {
  const { shop } = await graphql<{ shop: { name: string } }>('{ shop { name } }');
  const ask = () =>
    rawRequest(`${edge.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: edge.url },
      body: JSON.stringify({ query: '{ shop { name } }' }),
    });
  const first = await ask();
  expect(first.status).toBe(200);
  // The data as the gateway answers it (its extensions carry the caller's remaining budget).
  expect((JSON.parse(first.body) as { data: unknown }).data).toEqual({ shop: { name: shop.name } });
  const second = await ask();
  expect(header(second, 'x-cache')).toBe('MISS');
});
