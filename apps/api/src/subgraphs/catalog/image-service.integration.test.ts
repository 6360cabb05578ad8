import { describe, expect, it } from 'vitest';
import { graphql, useTestStack } from '../../test/stack.js';

// A stranger floods the image service with distinct encodes; the bounded queue refuses what it
// cannot take (503 + Retry-After), nothing hangs, and the catalog's GraphQL keeps answering.

const api = useTestStack({ IMAGE_ENCODE_CONCURRENCY: '1', IMAGE_ENCODE_QUEUE: '2', IMAGE_ENCODE_TIMEOUT_MS: '5000' });
const PRODUCTS = `{ products(first: 12) { nodes { title featuredImage { url } } } }`;

async function imageUrls(): Promise<string[]> {
  const response = await graphql<{ products: { nodes: Array<{ featuredImage: { url: string } | null }> } }>(
    api.gateway,
    PRODUCTS,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.products.nodes.flatMap((node) => (node.featuredImage ? [node.featuredImage.url] : []));
}

describe('image service under a flood', () => {
  it('hands out versioned URLs that are served immutable', async () => {
    const [url] = await imageUrls();
    expect(new URL(url!).searchParams.get('v')).toMatch(/^[\w-]{12}$/);
    const res = await fetch(url!, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('refuses encodes past the bound with 503 and Retry-After, hangs none, and GraphQL still answers', async () => {
    const urls = await imageUrls();
    expect(urls.length).toBeGreaterThan(5);
    const flood = urls.flatMap((svgUrl) =>
      ['webp', 'jpg'].flatMap((ext) =>
        [640, 1080, 1280, 1600].map((w) => {
          const url = new URL(svgUrl);
          return `${url.origin}${url.pathname.replace(/\.svg$/, `.${ext}`)}?w=${w}&v=${url.searchParams.get('v')}`;
        }),
      ),
    );
    // A hang fails the test instead of stalling it.
    const responses = Promise.all(
      flood.map(async (url) => {
        const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(20_000) });
        await res.arrayBuffer();
        return res;
      }),
    );
    const during = await graphql<{ products: { nodes: unknown[] } }>(api.gateway, PRODUCTS);
    expect(during.status).toBe(200);
    expect(during.data!.products.nodes.length).toBeGreaterThan(0);

    const results = await responses;
    const refused = results.filter((res) => res.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(results.every((res) => res.status === 200 || res.status === 503)).toBe(true);
    expect(results.some((res) => res.status === 200)).toBe(true);
  });
});
