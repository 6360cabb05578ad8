import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { graphql, type GraphQLResponse, type TestStack } from '../../test/stack.js';

// Helpers for checkout's integration tests: shoppers act through the gateway as clients do; SQL
// only sets up stock (as an operator would) and checks what the database holds afterwards.

export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

export const ADDRESS = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  address1: 'Unter den Linden 1',
  city: 'Berlin',
  zip: '10117',
  countryCode: 'DE',
};

export const CHECKOUT_FIELDS = `id email reservedUntil ready
  cart { id }
  shippingAddress { firstName lastName address1 city zip countryCode }
  availableShippingRates { handle title price { amount currencyCode } }
  shippingRate { handle }
  cost { subtotalAmount { amount currencyCode } shippingAmount { amount } totalTaxAmount { amount } totalAmount { amount currencyCode } }
  order { id number }`;

export const ORDER_FIELDS = `id number createdAt email financialStatus fulfillmentStatus
  lines { title variantTitle sku quantity variant { id } unitPrice { amount currencyCode } totalAmount { amount } }
  shippingAddress { address1 city countryCode }
  subtotalAmount { amount } shippingAmount { amount } totalTaxAmount { amount } totalAmount { amount currencyCode }`;

export interface CheckoutShape {
  id: string;
  email: string | null;
  reservedUntil: string | null;
  ready: boolean;
  cart: { id: string };
  shippingAddress: Record<string, string | null> | null;
  availableShippingRates: Array<{ handle: string; title: string; price: { amount: string; currencyCode: string } }>;
  shippingRate: { handle: string } | null;
  cost: {
    subtotalAmount: { amount: string; currencyCode: string };
    shippingAmount: { amount: string } | null;
    totalTaxAmount: { amount: string };
    totalAmount: { amount: string; currencyCode: string };
  };
  order: { id: string; number: number } | null;
}

export interface OrderShape {
  id: string;
  number: number;
  email: string;
  financialStatus: string;
  lines: Array<{ title: string; quantity: number; sku: string | null; unitPrice: { amount: string } }>;
  totalAmount: { amount: string; currencyCode: string };
}

export type Payload<K extends string, V> = Record<K, { userErrors: UserError[] } & V>;

/** A test payment method: the test provider approves `tok_approve…` tokens. */
export const APPROVE = { provider: 'test', token: 'tok_approve' };

export function createCheckoutTestApi(api: TestStack) {
  const bearer = (token?: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

  async function call<T>(query: string, variables: Record<string, unknown>, token?: string | null) {
    const response: GraphQLResponse<T> = await graphql<T>(api.gateway, query, variables, bearer(token));
    expect(response.status, JSON.stringify(response.errors)).toBe(200);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  }

  async function select<T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> {
    return [...(await api.stack.database.db.execute<T>(query))] as T[];
  }

  /** Sets a variant's stock at its one location as an operator would: on hand, nothing held, tracked. */
  async function setStock(variantId: number, onHand: number, maxPerOrder: number | null = null) {
    await api.stack.database.db.execute(sql`
      update inventory.levels set on_hand = case when location_id = (
        select min(location_id) from inventory.levels where variant_id = ${variantId}) then ${onHand} else 0 end,
        reserved = 0
      where variant_id = ${variantId}`);
    await api.stack.database.db.execute(
      sql`update inventory.items set tracked = true, max_per_order = ${maxPerOrder} where variant_id = ${variantId}`,
    );
  }

  /** On hand and reserved, summed over locations. */
  async function stockOf(variantId: number): Promise<{ onHand: number; reserved: number }> {
    const [row] = await select<{ onHand: number; reserved: number }>(sql`
      select coalesce(sum(on_hand), 0)::int as "onHand", coalesce(sum(reserved), 0)::int as reserved
      from inventory.levels where variant_id = ${variantId}`);
    return row!;
  }

  /**
   * Variants of the seeded catalog with a level row, from the `offset`th on (each checkout file
   * uses its own range), far past the first ones other domains' tests reach for.
   */
  async function pickVariants(offset: number, count: number): Promise<number[]> {
    const rows = await select<{ id: number }>(sql`
      select variant_id::int as id from inventory.items i
      where exists (select 1 from inventory.levels l where l.variant_id = i.variant_id)
      order by variant_id offset ${20_000 + offset} limit ${count}`);
    return rows.map((row) => row.id);
  }

  async function createCart(
    lines: Array<{ variantId: number; quantity: number }>,
    options: { token?: string | null; discountCodes?: string[] } = {},
  ): Promise<string> {
    const data = await call<Payload<'cartCreate', { cart: { id: string } | null }>>(
      `mutation($input: CartInput) { cartCreate(input: $input) { cart { id } userErrors { field message code } } }`,
      {
        input: {
          lines: lines.map((line) => ({
            merchandiseId: `gid://shop/ProductVariant/${line.variantId}`,
            quantity: line.quantity,
          })),
          discountCodes: options.discountCodes ?? [],
        },
      },
      options.token,
    );
    expect(data.cartCreate.userErrors).toEqual([]);
    return data.cartCreate.cart!.id;
  }

  function start(cartId: string, token?: string | null) {
    return call<Payload<'checkoutStart', { checkout: CheckoutShape | null }>>(
      `mutation($cartId: ID!) { checkoutStart(cartId: $cartId) { checkout { ${CHECKOUT_FIELDS} } userErrors { field message code } } }`,
      { cartId },
      token,
    ).then((data) => data.checkoutStart);
  }

  function update(checkoutId: string, input: Record<string, unknown>, token?: string | null) {
    return call<Payload<'checkoutUpdate', { checkout: CheckoutShape | null }>>(
      `mutation($id: ID!, $input: CheckoutUpdateInput!) { checkoutUpdate(checkoutId: $id, input: $input) { checkout { ${CHECKOUT_FIELDS} } userErrors { field message code } } }`,
      { id: checkoutId, input },
      token,
    ).then((data) => data.checkoutUpdate);
  }

  function complete(
    checkoutId: string,
    options: { payment?: { provider: string; token: string }; key?: string; token?: string | null } = {},
  ) {
    return call<Payload<'checkoutComplete', { order: OrderShape | null }>>(
      `mutation($id: ID!, $payment: PaymentInput!, $key: String!) {
        checkoutComplete(checkoutId: $id, payment: $payment, idempotencyKey: $key) { order { ${ORDER_FIELDS} } userErrors { field message code } }
      }`,
      { id: checkoutId, payment: options.payment ?? APPROVE, key: options.key ?? randomUUID() },
      options.token,
    ).then((data) => data.checkoutComplete);
  }

  /** A cart, a started checkout with email, address and the standard rate: ready to pay. */
  async function readyCheckout(
    lines: Array<{ variantId: number; quantity: number }>,
    options: { token?: string | null; discountCodes?: string[]; email?: string } = {},
  ): Promise<CheckoutShape> {
    const cartId = await createCart(lines, options);
    const started = await start(cartId, options.token);
    expect(started.userErrors).toEqual([]);
    const updated = await update(
      started.checkout!.id,
      { email: options.email ?? 'shopper@example.com', shippingAddress: ADDRESS, shippingRateHandle: 'standard' },
      options.token,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.checkout!.ready).toBe(true);
    return updated.checkout!;
  }

  async function ordersOfCheckout(checkoutGlobalId: string): Promise<number> {
    const id = checkoutGlobalId.split('/').pop()!;
    const [row] = await select<{ count: number }>(
      sql`select count(*)::int as count from checkout.orders where checkout_id = ${id}`,
    );
    return row!.count;
  }

  return {
    call,
    select,
    setStock,
    stockOf,
    pickVariants,
    createCart,
    start,
    update,
    complete,
    readyCheckout,
    ordersOfCheckout,
  };
}

export type CheckoutTestApi = ReturnType<typeof createCheckoutTestApi>;
