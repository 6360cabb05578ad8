import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../platform/db/client.js';
import { graphql, type GraphQLResponse } from '../../test/stack.js';

// Helpers for the cart integration tests: every call goes through the gateway, as clients do.

export const CART_FIELDS = /* GraphQL */ `
  id
  checkoutUrl
  createdAt
  updatedAt
  totalQuantity
  lines(first: 100) {
    nodes { id quantity merchandise { id } cost { amountPerQuantity { amount currencyCode } compareAtAmountPerQuantity { amount } totalAmount { amount } } }
    pageInfo { hasNextPage endCursor }
  }
  cost { subtotalAmount { amount currencyCode } totalAmount { amount } totalTaxAmount { amount } }
  discountCodes { code applicable }
  buyerIdentity { email countryCode customer { id } }
`;

export interface CartShape {
  id: string;
  checkoutUrl: string;
  totalQuantity: number;
  lines: {
    nodes: Array<{
      id: string;
      quantity: number;
      merchandise: { id: string };
      cost: {
        amountPerQuantity: { amount: string; currencyCode: string };
        compareAtAmountPerQuantity: { amount: string } | null;
        totalAmount: { amount: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  cost: {
    subtotalAmount: { amount: string; currencyCode: string };
    totalAmount: { amount: string };
    totalTaxAmount: { amount: string } | null;
  };
  discountCodes: Array<{ code: string; applicable: boolean }>;
  buyerIdentity: { email: string | null; countryCode: string | null; customer: { id: string } | null };
}

export interface CartUserError {
  field: string[] | null;
  message: string;
  code: string;
}

export interface CartPayload {
  cart: CartShape | null;
  userErrors: CartUserError[];
}

const PAYLOAD = `cart { ${CART_FIELDS} } userErrors { field message code }`;

export const MUTATIONS = {
  cartCreate: `mutation($input: CartInput) { cartCreate(input: $input) { ${PAYLOAD} } }`,
  cartLinesAdd: `mutation($cartId: ID!, $lines: [CartLineInput!]!) { cartLinesAdd(cartId: $cartId, lines: $lines) { ${PAYLOAD} } }`,
  cartLinesUpdate: `mutation($cartId: ID!, $lines: [CartLineUpdateInput!]!) { cartLinesUpdate(cartId: $cartId, lines: $lines) { ${PAYLOAD} } }`,
  cartLinesRemove: `mutation($cartId: ID!, $lineIds: [ID!]!) { cartLinesRemove(cartId: $cartId, lineIds: $lineIds) { ${PAYLOAD} } }`,
  cartDiscountCodesUpdate: `mutation($cartId: ID!, $discountCodes: [String!]!) { cartDiscountCodesUpdate(cartId: $cartId, discountCodes: $discountCodes) { ${PAYLOAD} } }`,
  cartBuyerIdentityUpdate: `mutation($cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!) { cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyerIdentity) { ${PAYLOAD} } }`,
} as const;

export type CartMutation = keyof typeof MUTATIONS;

export function cartClient(gatewayUrl: () => string) {
  const headers = (token: string | null | undefined): Record<string, string> =>
    token ? { authorization: `Bearer ${token}` } : {};

  function call<T>(query: string, variables: Record<string, unknown> = {}, token?: string | null) {
    return graphql<T>(gatewayUrl(), query, variables, headers(token));
  }

  /** Runs a cart mutation and returns its payload; a GraphQL error or non-200 fails the test. */
  async function mutate(
    name: CartMutation,
    variables: Record<string, unknown>,
    token?: string | null,
  ): Promise<CartPayload> {
    const response = (await call<Record<string, CartPayload>>(MUTATIONS[name], variables, token)) as GraphQLResponse<
      Record<string, CartPayload>
    >;
    expect(response.status, JSON.stringify(response.errors)).toBe(200);
    expect(response.errors).toBeUndefined();
    return response.data![name]!;
  }

  async function create(input: Record<string, unknown> = {}, token?: string | null): Promise<CartShape> {
    const payload = await mutate('cartCreate', { input }, token);
    expect(payload.userErrors).toEqual([]);
    return payload.cart!;
  }

  async function read(id: string, token?: string | null): Promise<CartShape | null> {
    const response = await call<{ cart: CartShape | null }>(
      `query($id: ID!) { cart(id: $id) { ${CART_FIELDS} } }`,
      { id },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.cart;
  }

  return { call, mutate, create, read };
}

export type CartClient = ReturnType<typeof cartClient>;

export const variantGid = (id: number) => `gid://shop/ProductVariant/${id}`;

/**
 * `count` tracked variants of the seeded catalog, skipping `offset` (test files take their own
 * slices so they never share stock), with their prices.
 */
export async function pickVariants(
  db: Db,
  count: number,
  offset: number,
): Promise<Array<{ id: number; price: string; compareAtPrice: string | null }>> {
  const rows = await db.execute<{ id: string; price: string; compare_at_price: string | null }>(sql`
    select v.id, v.price, v.compare_at_price from catalog.variants v
    join inventory.items i on i.variant_id = v.id
    where i.tracked order by v.id offset ${offset} limit ${count}`);
  expect(rows.length).toBe(count);
  return rows.map((row) => ({ id: Number(row.id), price: row.price, compareAtPrice: row.compare_at_price }));
}

/** Puts `onHand` units of a variant in its first location (none elsewhere, nothing reserved) and sets its cap. */
export async function setStock(db: Db, variantId: number, onHand: number, maxPerOrder: number | null = null) {
  await db.execute(
    sql`update inventory.items set max_per_order = ${maxPerOrder}, tracked = true where variant_id = ${variantId}`,
  );
  await db.execute(sql`update inventory.levels set on_hand = 0, reserved = 0 where variant_id = ${variantId}`);
  await db.execute(sql`
    update inventory.levels set on_hand = ${onHand}
    where variant_id = ${variantId} and location_id = (select min(location_id) from inventory.levels where variant_id = ${variantId})`);
}
