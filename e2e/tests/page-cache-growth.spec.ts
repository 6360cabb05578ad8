import { expect, test } from '@playwright/test';
import { productForSlot } from '../support/catalog.js';

// Issue 8, item 7: a stranger must not grow the storefront's page cache one entry per URL they
// invent. Unknown handles answer 404 from a render each time (the edge keeps it a minute), and
// unknown variant option keys or values redirect to the options the product has.

test('unknown product and collection handles are not kept in the page cache', async ({ request }) => {
  for (const path of ['/products/no-such-product-e2e-cache', '/collections/no-such-collection-e2e-cache']) {
    for (const attempt of [1, 2]) {
      const response = await request.get(path);
      expect(response.status(), `${path} #${attempt}`).toBe(404);
      expect(response.headers()['x-nextjs-cache'], `${path} #${attempt}`).not.toBe('HIT');
    }
  }
});

test('invented option keys and values redirect to the options the product has, and are not kept', async ({
  request,
}) => {
  const product = await productForSlot('pageCacheGrowth');
  for (const query of ['invented=1', 'invented=2&other-key=x', 'color=no-such-colour-e2e']) {
    for (const attempt of [1, 2]) {
      const response = await request.get(`/products/${product.handle}?${query}`, { maxRedirects: 0 });
      expect(response.status(), `${query} #${attempt}`).toBe(307);
      expect(response.headers().location, query).toBe(`/products/${product.handle}`);
      expect(response.headers()['x-nextjs-cache'], `${query} #${attempt}`).not.toBe('HIT');
    }
  }
});
