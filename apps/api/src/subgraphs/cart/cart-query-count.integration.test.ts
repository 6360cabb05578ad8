import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../stack.js';
import { countStatements, graphql, startTestStack } from '../../test/stack.js';
import { cartClient, pickVariants, setStock, variantGid } from './cart-test-api.js';

// docs/adr/0009: a cart costs the same SQL whatever its size. Lines, prices, codes and tax load
// once per cart (the lines' variants and inventory through the catalog and inventory subgraphs,
// which batch their entity references), so 50 lines cost what 5 do.
const QUERY = /* GraphQL */ `
  query ($id: ID!) {
    cart(id: $id) {
      id
      checkoutUrl
      totalQuantity
      lines(first: 100) {
        nodes {
          id
          quantity
          cost {
            amountPerQuantity {
              amount
              currencyCode
            }
            compareAtAmountPerQuantity {
              amount
            }
            totalAmount {
              amount
            }
          }
          merchandise {
            id
            title
            availableForSale
            quantityAvailable
            price {
              amount
            }
            product {
              title
              handle
            }
          }
        }
      }
      cost {
        subtotalAmount {
          amount
        }
        totalAmount {
          amount
        }
        totalTaxAmount {
          amount
        }
      }
      discountCodes {
        code
        applicable
      }
      buyerIdentity {
        email
        countryCode
        customer {
          id
        }
      }
    }
  }
`;

describe('SQL statements per cart', () => {
  let stack: Stack;
  let url: string;
  const carts = new Map<number, string>();

  beforeAll(async () => {
    stack = await startTestStack();
    url = `${stack.url('gateway')}/graphql`;
    const client = cartClient(() => url);
    const picked = await pickVariants(stack.database.db, 50, 200);
    for (const variant of picked) await setStock(stack.database.db, variant.id, 10);
    for (const size of [1, 5, 50]) {
      const created = await client.create({
        lines: picked.slice(0, size).map((variant) => ({ merchandiseId: variantGid(variant.id), quantity: 2 })),
        discountCodes: ['WELCOME10'],
        buyerIdentity: { countryCode: 'DE' },
      });
      carts.set(size, created.id);
    }
  });
  afterAll(() => stack?.stop());

  async function statementsFor(size: number): Promise<number> {
    return countStatements(async () => {
      const response = await graphql<{ cart: { lines: { nodes: unknown[] } } }>(url, QUERY, { id: carts.get(size) });
      expect(response.errors).toBeUndefined();
      expect(response.data!.cart.lines.nodes).toHaveLength(size);
    });
  }

  it('is the same for 50 lines as for 5', async () => {
    await statementsFor(1); // warms per-process caches (shop settings) so both runs start equal
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(five).toBeGreaterThan(0);
    expect(fifty).toBe(five);
  });

  it('grows with the cart when batching is off, so the test above can fail', async () => {
    const unbatched = await startTestStack({ DATALOADER: 'off' });
    try {
      const unbatchedUrl = `${unbatched.url('gateway')}/graphql`;
      const run = (size: number) => countStatements(() => graphql(unbatchedUrl, QUERY, { id: carts.get(size) }));
      await run(1);
      expect(await run(50)).toBeGreaterThan(await run(5));
    } finally {
      await unbatched.stop();
    }
  });
});
