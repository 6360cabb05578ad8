import { beforeAll, describe, expect, it } from 'vitest';
import { customersClient, uniqueEmail } from '../../test/customers-client.js';
import { useTestStack } from '../../test/stack.js';
import { cartClient, pickVariants, setStock, variantGid, type CartShape } from './cart-test-api.js';

// The authorisation rule: customer A's cart is visible to A only; to customer B and to an
// anonymous client it looks exactly like a missing cart through every query, node and mutation.
// A guest cart is visible to whoever holds its id.
const api = useTestStack();
const cart = cartClient(() => api.gateway);

let tokenA: string;
let tokenB: string;
let customerA: string;
let cartA: CartShape;
let variant: string;
let other: string;
const MISSING_CART = 'gid://shop/Cart/AAAAAAAAAAAAAAAAAAAAAA';
const MISSING_LINE = 'gid://shop/CartLine/AAAAAAAAAAAAAAAAAAAAAA';

beforeAll(async () => {
  const customers = customersClient(api.stack);
  const emailA = uniqueEmail('cart-a');
  const emailB = uniqueEmail('cart-b');
  customerA = (await customers.createCustomer({ email: emailA })).id;
  await customers.createCustomer({ email: emailB });
  tokenA = await customers.signIn(emailA);
  tokenB = await customers.signIn(emailB);
  const [first, second] = await pickVariants(api.stack.database.db, 2, 20);
  for (const picked of [first!, second!]) await setStock(api.stack.database.db, picked.id, 100);
  variant = variantGid(first!.id);
  other = variantGid(second!.id);
  cartA = await cart.create({ lines: [{ merchandiseId: variant, quantity: 2 }] }, tokenA);
});

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Cart { totalQuantity } ... on CartLine { quantity } } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Cart { totalQuantity } ... on CartLine { quantity } } }`;

describe("customer A's cart", () => {
  it('belongs to A, who sees it through cart, node and nodes', async () => {
    expect(cartA.buyerIdentity.customer).toEqual({ id: customerA });
    expect((await cart.read(cartA.id, tokenA))!.totalQuantity).toBe(2);
    const line = cartA.lines.nodes[0]!.id;
    const node = await cart.call<{ node: unknown }>(NODE, { id: cartA.id }, tokenA);
    expect(node.data!.node).toEqual({ __typename: 'Cart', id: cartA.id, totalQuantity: 2 });
    const nodes = await cart.call<{ nodes: unknown[] }>(NODES, { ids: [cartA.id, line] }, tokenA);
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.nodes).toEqual([
      { __typename: 'Cart', id: cartA.id, totalQuantity: 2 },
      { __typename: 'CartLine', id: line, quantity: 2 },
    ]);
  });

  for (const who of ['customer B', 'an anonymous client'] as const) {
    const token = () => (who === 'customer B' ? tokenB : null);

    it(`looks missing to ${who} through cart, node and nodes`, async () => {
      expect(await cart.read(cartA.id, token())).toBeNull();
      const line = cartA.lines.nodes[0]!.id;
      for (const id of [cartA.id, line, MISSING_CART, MISSING_LINE]) {
        const node = await cart.call<{ node: unknown }>(NODE, { id }, token());
        expect(node.errors, id).toBeUndefined();
        expect(node.data!.node, id).toBeNull();
      }
      const nodes = await cart.call<{ nodes: unknown[] }>(NODES, { ids: [cartA.id, line, MISSING_CART] }, token());
      expect(nodes.errors).toBeUndefined();
      expect(nodes.data!.nodes).toEqual([null, null, null]);
    });

    it(`gives ${who} CART_NOT_FOUND from every mutation, exactly as for a missing cart, and changes nothing`, async () => {
      const line = cartA.lines.nodes[0]!.id;
      const calls = (cartId: string) =>
        [
          ['cartLinesAdd', { cartId, lines: [{ merchandiseId: other, quantity: 1 }] }],
          ['cartLinesUpdate', { cartId, lines: [{ id: line, quantity: 9 }] }],
          ['cartLinesRemove', { cartId, lineIds: [line] }],
          ['cartDiscountCodesUpdate', { cartId, discountCodes: ['WELCOME10'] }],
          ['cartBuyerIdentityUpdate', { cartId, buyerIdentity: { email: 'thief@example.com', countryCode: 'DE' } }],
        ] as const;
      for (const [name, variables] of calls(cartA.id)) {
        const foreign = await cart.mutate(name, variables, token());
        const missing = await cart.mutate(name, { ...variables, cartId: MISSING_CART }, token());
        expect(foreign, name).toEqual(missing);
        expect(foreign.cart, name).toBeNull();
        expect(foreign.userErrors, name).toEqual([
          { code: 'CART_NOT_FOUND', field: ['cartId'], message: 'No cart with this id was found.' },
        ]);
      }
      expect(await cart.read(cartA.id, tokenA)).toEqual(cartA);
    });
  }
});

describe('a guest cart', () => {
  it('is visible to whoever holds its id, signed in or not', async () => {
    const guest = await cart.create({ lines: [{ merchandiseId: variant }] });
    expect(guest.buyerIdentity.customer).toBeNull();
    expect(await cart.read(guest.id, tokenB)).toEqual(guest);
    const added = await cart.mutate('cartLinesAdd', { cartId: guest.id, lines: [{ merchandiseId: other }] }, tokenB);
    expect(added.userErrors).toEqual([]);
    const node = await cart.call<{ node: unknown }>(NODE, { id: guest.id });
    expect(node.data!.node).toEqual({ __typename: 'Cart', id: guest.id, totalQuantity: 2 });
  });

  it("is merged into the customer's open cart with the customer's own token", async () => {
    const mine = await cart.create({ lines: [{ merchandiseId: variant, quantity: 1 }] }, tokenA);
    const guest = await cart.create({
      lines: [
        { merchandiseId: variant, quantity: 3 },
        { merchandiseId: other, quantity: 1 },
      ],
      discountCodes: ['WELCOME10'],
    });
    const merged = await cart.mutate(
      'cartBuyerIdentityUpdate',
      { cartId: guest.id, buyerIdentity: { customerAccessToken: tokenA } },
      tokenA,
    );
    expect(merged.userErrors).toEqual([]);
    // The customer's newest open cart answers, with the guest's lines added to it.
    expect(merged.cart!.id).not.toBe(guest.id);
    expect([mine.id, cartA.id]).toContain(merged.cart!.id);
    expect(merged.cart!.buyerIdentity.customer).toEqual({ id: customerA });
    expect(merged.cart!.discountCodes.map((code) => code.code)).toContain('WELCOME10');
    const quantities = Object.fromEntries(merged.cart!.lines.nodes.map((line) => [line.merchandise.id, line.quantity]));
    expect(quantities[other]).toBe(1);
    expect(quantities[variant]).toBeGreaterThanOrEqual(4);
    // The guest cart is gone for mutations: it was merged.
    const again = await cart.mutate('cartLinesAdd', { cartId: guest.id, lines: [{ merchandiseId: variant }] });
    expect(again.userErrors.map((error) => error.code)).toEqual(['CART_NOT_FOUND']);
    expect(await cart.read(guest.id)).toBeNull();
  });

  it('is claimed by a customer without an open cart', async () => {
    const customers = customersClient(api.stack);
    const email = uniqueEmail('cart-claim');
    const id = (await customers.createCustomer({ email })).id;
    const token = await customers.signIn(email);
    const guest = await cart.create({ lines: [{ merchandiseId: variant }] });
    const claimed = await cart.mutate(
      'cartBuyerIdentityUpdate',
      { cartId: guest.id, buyerIdentity: { customerAccessToken: token } },
      token,
    );
    expect(claimed.userErrors).toEqual([]);
    expect(claimed.cart!.id).toBe(guest.id);
    expect(claimed.cart!.buyerIdentity.customer).toEqual({ id });
    // Now it is the customer's: the bearer of the id alone no longer sees it.
    expect(await cart.read(guest.id)).toBeNull();
  });

  it("refuses a token that is not the caller's own and changes nothing", async () => {
    const guest = await cart.create({ lines: [{ merchandiseId: variant }] });
    for (const [token, caller] of [
      [tokenB, tokenA],
      [tokenA, null],
      ['not-a-token', tokenA],
    ] as const) {
      const refused = await cart.mutate(
        'cartBuyerIdentityUpdate',
        { cartId: guest.id, buyerIdentity: { customerAccessToken: token, email: 'x@example.com' } },
        caller,
      );
      expect(refused.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID', field: ['buyerIdentity', 'customerAccessToken'] }),
      ]);
    }
    expect(await cart.read(guest.id)).toEqual(guest);
  });
});

describe('Customer ids in node', () => {
  it('resolve for the customer themselves and are null for anyone else', async () => {
    const query = `query($id: ID!) { node(id: $id) { __typename id } }`;
    const own = await cart.call<{ node: unknown }>(query, { id: customerA }, tokenA);
    expect(own.data!.node).toEqual({ __typename: 'Customer', id: customerA });
    for (const token of [tokenB, null]) {
      const foreign = await cart.call<{ node: unknown }>(query, { id: customerA }, token);
      expect(foreign.errors).toBeUndefined();
      expect(foreign.data!.node).toBeNull();
    }
  });
});
