import { expect, test } from '@playwright/test';
import { productForSlot } from '../support/catalog.js';
import { STOREFRONT_URL } from '../support/stack-env.js';

test('sitemap.xml lists product and collection URLs', async ({ request }) => {
  const product = await productForSlot('seo');
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(locs).toContain(`/products/${product.handle}`);
  expect(locs).toContain('/collections/backpacks');
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const sitemap = /^Sitemap:\s*(\S+)$/im.exec(await response.text())?.[1];
  expect(sitemap).toBeDefined();
  expect(new URL(sitemap!).pathname).toBe('/sitemap.xml');
  expect(new URL(sitemap!).origin).toBe(STOREFRONT_URL);
});
