import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../stack.js';
import { countStatements, graphql, startTestStack } from '../../test/stack.js';

// docs/adr/0009: the SQL a page costs must not grow with the page size. Every
// entity reference and list child goes through a per-request DataLoader; this proves it
// across the whole federated request (catalog and inventory run in this process).
const LISTING = /* GraphQL */ `
  query Listing($first: Int!, $handle: String!) {
    products(first: $first, sortKey: BEST_SELLING) {
      nodes {
        id
        title
        availableForSale
        priceRange {
          minVariantPrice {
            amount
            currencyCode
          }
        }
        featuredImage {
          url(transform: { maxWidth: 400 })
        }
        images(first: 3) {
          nodes {
            url
            altText
          }
        }
        variants(first: 20) {
          nodes {
            id
            title
            availableForSale
            quantityAvailable
            price {
              amount
            }
            image {
              url
            }
            product {
              handle
            }
          }
        }
        collections(first: 5) {
          nodes {
            handle
            title
            image {
              url
            }
          }
        }
      }
    }
    collection(handle: $handle) {
      products(first: $first, filters: [{ available: true }]) {
        totalCount
        filters {
          id
          values {
            count
          }
        }
        nodes {
          id
          availableForSale
          variants(first: 5) {
            nodes {
              quantityAvailable
            }
          }
        }
      }
    }
  }
`;

describe('SQL statements per request', () => {
  let stack: Stack;
  let url: string;
  let handle: string;

  beforeAll(async () => {
    stack = await startTestStack();
    url = `${stack.url('gateway')}/graphql`;
    const collections = await graphql<{ collections: { nodes: Array<{ handle: string }> } }>(
      url,
      '{ collections(first: 1) { nodes { handle } } }',
    );
    handle = collections.data!.collections.nodes[0]!.handle;
  });
  afterAll(() => stack?.stop());

  async function statementsFor(first: number): Promise<number> {
    return countStatements(async () => {
      const response = await graphql<{ products: { nodes: unknown[] } }>(url, LISTING, { first, handle });
      expect(response.errors).toBeUndefined();
      expect(response.data!.products.nodes).toHaveLength(first);
    });
  }

  it('is the same for 50 products as for 5', async () => {
    await statementsFor(1); // warms per-process caches (shop settings) so both runs start equal
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(five).toBeGreaterThan(0);
    expect(fifty).toBe(five);
  });

  it('grows with the page size when batching is off, so the test above can fail', async () => {
    const unbatched = await startTestStack({ DATALOADER: 'off' });
    try {
      const unbatchedUrl = `${unbatched.url('gateway')}/graphql`;
      const run = (first: number) => countStatements(() => graphql(unbatchedUrl, LISTING, { first, handle }));
      await run(1);
      expect(await run(20)).toBeGreaterThan(await run(5));
    } finally {
      await unbatched.stop();
    }
  });
});
