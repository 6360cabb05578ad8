import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, useTestStack, type GraphQLResponse } from '../../test/stack.js';
import { ADDRESS, CHECKOUT_FIELDS, createCheckoutTestApi, ORDER_FIELDS } from './checkout-test-api.js';

// A flash sale: far more shoppers than units, all at once. The invariant is sold + held <= on
// hand at every moment; the answer for everyone else is NOT_ENOUGH_STOCK, never a 5xx or a
// GraphQL error. Variants from offset 60 on belong to this file.
const api = useTestStack();
const shop = createCheckoutTestApi(api);

/** Runs `work` for every item with at most `limit` at a time (setting up 200 carts is not the test). */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit)
    results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  return results;
}

type Codes = { userErrors: Array<{ code: string }> };
type StartData = { checkoutStart: Codes & { checkout: { id: string } | null } };
type UpdateData = { checkoutUpdate: Codes };
type CompleteData = { checkoutComplete: Codes };

/** One shopper's whole checkout, every response checked for status and errors. */
async function shopperBuys(cartId: string) {
  const responses: GraphQLResponse<unknown>[] = [];
  const start = await graphql<StartData>(
    api.gateway,
    `
      mutation ($cartId: ID!) {
        checkoutStart(cartId: $cartId) {
          checkout {
            id
          }
          userErrors {
            field
            message
            code
          }
        }
      }
    `,
    { cartId },
  );
  responses.push(start);
  if (!start.data?.checkoutStart) return { responses, codes: ['NO_DATA'] };
  const startErrors = start.data.checkoutStart.userErrors;
  if (startErrors.length > 0) return { responses, codes: startErrors.map((e) => e.code) };
  const checkoutId = start.data.checkoutStart.checkout!.id;
  const update = await graphql<UpdateData>(
    api.gateway,
    `mutation($id: ID!, $input: CheckoutUpdateInput!) { checkoutUpdate(checkoutId: $id, input: $input) { checkout { ${CHECKOUT_FIELDS} } userErrors { code } } }`,
    { id: checkoutId, input: { email: 'flash@example.com', shippingAddress: ADDRESS, shippingRateHandle: 'standard' } },
  );
  responses.push(update);
  const complete = await graphql<CompleteData>(
    api.gateway,
    `mutation($id: ID!, $key: String!) { checkoutComplete(checkoutId: $id, payment: { provider: "test", token: "tok_approve" }, idempotencyKey: $key) { order { ${ORDER_FIELDS} } userErrors { field message code } } }`,
    { id: checkoutId, key: randomUUID() },
  );
  responses.push(complete);
  const errors = complete.data?.checkoutComplete?.userErrors ?? [];
  return { responses, codes: errors.length ? errors.map((e) => e.code) : ['ORDER'] };
}

describe('flash sale', () => {
  let variants: number[];
  beforeAll(async () => {
    variants = await shop.pickVariants(60, 4);
  });

  it('200 shoppers, 20 units: exactly 20 orders, everyone else NOT_ENOUGH_STOCK, no 5xx, no GraphQL error', async () => {
    const variantId = variants[0]!;
    await shop.setStock(variantId, 20);
    const carts = await inBatches(Array.from({ length: 200 }), 20, () => shop.createCart([{ variantId, quantity: 1 }]));

    // Watch the invariant while the sale runs, not only after it.
    let watching = true;
    const samples: Array<{ onHand: number; reserved: number }> = [];
    const watcher = (async () => {
      while (watching) {
        samples.push(await shop.stockOf(variantId));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const outcomes = await Promise.all(carts.map((cartId) => shopperBuys(cartId))).finally(() => {
      watching = false;
    });
    await watcher;

    for (const { responses } of outcomes)
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      }
    const codes = outcomes.map((outcome) => outcome.codes.join(','));
    expect(codes.filter((code) => code === 'ORDER')).toHaveLength(20);
    expect(codes.filter((code) => code !== 'ORDER').every((code) => code === 'NOT_ENOUGH_STOCK')).toBe(true);
    const [sold] = await shop.select<{ units: number; orders: number }>(sql`
      select coalesce(sum(quantity), 0)::int as units, count(distinct order_id)::int as orders
      from checkout.order_lines where variant_id = ${variantId}`);
    expect(sold).toEqual({ units: 20, orders: 20 });
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 0, reserved: 0 });
    for (const sample of samples) {
      expect(sample.onHand).toBeGreaterThanOrEqual(0);
      expect(sample.reserved).toBeLessThanOrEqual(sample.onHand);
    }
  }, 120_000);

  it('two-line carts over the same variants in opposite order do not deadlock', async () => {
    const [a, b] = [variants[1]!, variants[2]!];
    await shop.setStock(a, 1000);
    await shop.setStock(b, 1000);
    const carts = await inBatches(
      Array.from({ length: 40 }, (_, i) => i),
      20,
      (i) =>
        shop.createCart(
          i % 2 === 0
            ? [
                { variantId: a, quantity: 1 },
                { variantId: b, quantity: 1 },
              ]
            : [
                { variantId: b, quantity: 1 },
                { variantId: a, quantity: 1 },
              ],
        ),
    );
    const outcomes = await Promise.all(carts.map((cartId) => shopperBuys(cartId)));
    for (const { responses } of outcomes)
      for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(outcomes.every((outcome) => outcome.codes.join() === 'ORDER')).toBe(true);
    expect(await shop.stockOf(a)).toEqual({ onHand: 960, reserved: 0 });
    expect(await shop.stockOf(b)).toEqual({ onHand: 960, reserved: 0 });
  }, 120_000);
});
