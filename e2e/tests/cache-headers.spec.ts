import { expect, test, type APIResponse } from '@playwright/test';
import { getCollectionFacts, numericId, productForSlot } from '../support/catalog.js';
import { revalidateSecret } from '../support/stack-env.js';

// Public pages go to the edge whole (docs/adr/0006): `public` with s-maxage,
// stale-while-revalidate and stale-if-error, a Surrogate-Key naming what they show, and never
// a cookie. Both a fresh render (MISS) and the page cache's copy (HIT) must say so; the
// Surrogate-Key of the cached copy comes from apps/storefront/cache-handler.mjs.

function expectEdgeCacheable(response: APIResponse, key: string) {
  const headers = response.headers();
  expect(response.status()).toBe(200);
  const cacheControl = headers['cache-control'] ?? '';
  expect(cacheControl).toMatch(/(^|[\s,])public([\s,]|$)/);
  expect(cacheControl).toMatch(/s-maxage=\d+/);
  expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
  expect(cacheControl).toMatch(/stale-if-error=\d+/);
  expect((headers['surrogate-key'] ?? '').split(/\s+/)).toContain(key);
  expect(response.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie')).toEqual([]);
}

async function expectMissThenHit(request: { get(url: string): Promise<APIResponse> }, path: string, key: string) {
  const first = await request.get(path);
  expect(first.headers()['x-nextjs-cache'], `first request for ${path}`).toBe('MISS');
  expectEdgeCacheable(first, key);
  const second = await request.get(path);
  expect(second.headers()['x-nextjs-cache'], `second request for ${path}`).toBe('HIT');
  expectEdgeCacheable(second, key);
}

test('product page: public, with its product surrogate key, rendered and cached', async ({ request }) => {
  const product = await productForSlot('cacheHeaders');
  await expectMissThenHit(request, `/products/${product.handle}`, `product:${numericId(product.id)}`);
});

test('collection page, with and without filters: public, with its collection surrogate key', async ({ request }) => {
  const facts = await getCollectionFacts('t-shirts');
  const key = `collection:${numericId(facts.id)}`;
  await expectMissThenHit(request, '/collections/t-shirts', key);
  const vendor = facts.vendors[0];
  if (!vendor) throw new Error('t-shirts has no vendor facet');
  await expectMissThenHit(
    request,
    `/collections/t-shirts?${new URLSearchParams({ 'filter.p.vendor': vendor.label, sort_by: 'title-descending' })}`,
    key,
  );
});

test('home page: public, with the page:home surrogate key', async ({ request }) => {
  // Other journeys open / too; expiring its tag makes this request the first render.
  const expired = await request.post('/api/revalidate', {
    headers: { authorization: `Bearer ${revalidateSecret()}` },
    data: { tags: ['page:home'] },
  });
  expect(expired.status()).toBe(200);
  await expectMissThenHit(request, '/', 'page:home');
});
