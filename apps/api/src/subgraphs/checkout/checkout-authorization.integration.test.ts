import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { customersClient, uniqueEmail } from '../../test/customers-client.js';
import { graphql, useTestStack } from '../../test/stack.js';
import { CHECKOUT_FIELDS, createCheckoutTestApi, ORDER_FIELDS, type CheckoutShape } from './checkout-test-api.js';

// Customer A's checkout and order, asked for by customer B and by an anonymous client through
// every field, id and mutation: they get exactly what a missing id gets. A guest's checkout is a
// bearer capability: whoever holds its id sees it. Variants from offset 80 on belong to this file.
const api = useTestStack();
const shop = createCheckoutTestApi(api);

const missing = (type: string) => `gid://shop/${type}/${randomBytes(16).toString('base64url')}`;

describe('checkout and order authorization', () => {
  let tokenA: string;
  let tokenB: string;
  let customerA: string;
  let checkoutA: CheckoutShape;
  let cartA: string;
  let orderA: string;
  let openCheckoutA: CheckoutShape;
  let guestCheckout: CheckoutShape;

  beforeAll(async () => {
    const customers = customersClient(api.stack);
    const emailA = uniqueEmail('owner-a');
    customerA = (await customers.createCustomer({ email: emailA })).id;
    tokenA = await customers.signIn(emailA);
    const emailB = uniqueEmail('other-b');
    await customers.createCustomer({ email: emailB });
    tokenB = await customers.signIn(emailB);
    const [variant] = await shop.pickVariants(80, 1);
    await shop.setStock(variant!, 100);
    checkoutA = await shop.readyCheckout([{ variantId: variant!, quantity: 1 }], { token: tokenA });
    cartA = checkoutA.cart.id;
    const placed = await shop.complete(checkoutA.id, { token: tokenA });
    expect(placed.userErrors).toEqual([]);
    orderA = placed.order!.id;
    openCheckoutA = await shop.readyCheckout([{ variantId: variant!, quantity: 1 }], { token: tokenA });
    guestCheckout = await shop.readyCheckout([{ variantId: variant!, quantity: 1 }]);
  });

  const outsiders = () => [
    { who: 'customer B', token: tokenB },
    { who: 'anonymous', token: null },
  ];

  it('the owner sees the checkout, its order, and the order in Customer.orders', async () => {
    const data = await shop.call<{ checkout: CheckoutShape & { order: { id: string } } }>(
      `query($id: ID!) { checkout(id: $id) { ${CHECKOUT_FIELDS} } }`,
      { id: checkoutA.id },
      tokenA,
    );
    expect(data.checkout.order!.id).toBe(orderA);
    const me = await shop.call<{ customer: { id: string; orders: { nodes: Array<{ id: string }> } } }>(
      `{ customer { id orders(first: 10) { nodes { id number email } } } }`,
      {},
      tokenA,
    );
    expect(me.customer.id).toBe(customerA);
    expect(me.customer.orders.nodes.map((order) => order.id)).toContain(orderA);
  });

  it('a guest who signs in and claims the cart makes the re-started checkout and its order theirs', async () => {
    const customers = customersClient(api.stack);
    const email = uniqueEmail('claims-cart');
    await customers.createCustomer({ email });
    const token = await customers.signIn(email);
    const [variant] = await shop.pickVariants(81, 1);
    await shop.setStock(variant!, 100);
    const guest = await shop.readyCheckout([{ variantId: variant!, quantity: 1 }]);
    const claimed = await shop.call<{ cartBuyerIdentityUpdate: { userErrors: unknown[] } }>(
      `mutation($cartId: ID!, $identity: CartBuyerIdentityInput!) {
        cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $identity) { userErrors { code } }
      }`,
      { cartId: guest.cart.id, identity: { customerAccessToken: token } },
      token,
    );
    expect(claimed.cartBuyerIdentityUpdate.userErrors).toEqual([]);
    const restarted = await shop.start(guest.cart.id, token);
    expect(restarted.userErrors).toEqual([]);
    expect(restarted.checkout!.id).toBe(guest.id);
    const placed = await shop.complete(guest.id, { token });
    expect(placed.userErrors).toEqual([]);
    const mine = await shop.call<{ customer: { orders: { nodes: Array<{ id: string }> } } }>(
      `{ customer { orders(first: 10) { nodes { id } } } }`,
      {},
      token,
    );
    expect(mine.customer.orders.nodes.map((order) => order.id)).toEqual([placed.order!.id]);
    for (const outsider of outsiders()) {
      const data = await shop.call<{ checkout: unknown; node: unknown }>(
        `query($id: ID!, $order: ID!) { checkout(id: $id) { id } node(id: $order) { id } }`,
        { id: guest.id, order: placed.order!.id },
        outsider.token,
      );
      expect(data).toEqual({ checkout: null, node: null });
    }
  });

  it('Query.checkout: null for outsiders, exactly as for a missing id, over every field', async () => {
    for (const { token } of outsiders()) {
      for (const id of [checkoutA.id, openCheckoutA.id, missing('Checkout')]) {
        const data = await shop.call<{ checkout: unknown }>(
          `query($id: ID!) { checkout(id: $id) { ${CHECKOUT_FIELDS} order { ${ORDER_FIELDS} } } }`,
          { id },
          token,
        );
        expect(data.checkout).toBeNull();
      }
    }
  });

  it('node and nodes: null for outsiders for checkout and order ids, exactly as for missing ids', async () => {
    for (const { token } of outsiders()) {
      const data = await shop.call<{ node: unknown; nodes: unknown[] }>(
        `query($id: ID!, $ids: [ID!]!) {
          node(id: $id) { id ... on Checkout { checkoutEmail: email } }
          nodes(ids: $ids) { id ... on Order { number orderEmail: email totalAmount { amount } } ... on Checkout { checkoutEmail: email } }
        }`,
        { id: checkoutA.id, ids: [orderA, checkoutA.id, openCheckoutA.id, missing('Order'), missing('Checkout')] },
        token,
      );
      expect(data.node).toBeNull();
      expect(data.nodes).toEqual([null, null, null, null, null]);
    }
    const owner = await shop.call<{ nodes: Array<{ id: string } | null> }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [orderA, checkoutA.id] },
      tokenA,
    );
    expect(owner.nodes).toEqual([{ id: orderA }, { id: checkoutA.id }]);
  });

  it("Customer.orders: customer B's own list never holds A's order", async () => {
    const me = await shop.call<{ customer: { orders: { nodes: Array<{ id: string }> } } }>(
      `{ customer { orders(first: 50) { nodes { id } } } }`,
      {},
      tokenB,
    );
    expect(me.customer.orders.nodes).toEqual([]);
  });

  it('every mutation: CHECKOUT_NOT_FOUND / CART_NOT_FOUND for outsiders, with the message a missing id gets', async () => {
    for (const { token } of outsiders()) {
      const update = await shop.update(openCheckoutA.id, { email: 'thief@example.com' }, token);
      const updateMissing = await shop.update(missing('Checkout'), { email: 'thief@example.com' }, token);
      expect(update).toEqual(updateMissing);
      expect(update.userErrors).toEqual([expect.objectContaining({ code: 'CHECKOUT_NOT_FOUND' })]);

      const complete = await shop.complete(openCheckoutA.id, { token, key: randomUUID() });
      const completeMissing = await shop.complete(missing('Checkout'), { token, key: randomUUID() });
      expect(complete).toEqual(completeMissing);
      expect(complete.userErrors).toEqual([expect.objectContaining({ code: 'CHECKOUT_NOT_FOUND' })]);

      const start = await shop.start(openCheckoutA.cart.id, token);
      const startMissing = await shop.start(missing('Cart'), token);
      expect(start).toEqual(startMissing);
      expect(start.userErrors).toEqual([expect.objectContaining({ code: 'CART_NOT_FOUND' })]);
      // The completed checkout's cart, too.
      expect((await shop.start(cartA, token)).userErrors).toEqual([
        expect.objectContaining({ code: 'CART_NOT_FOUND' }),
      ]);
    }
    // Nothing changed: A's open checkout is still A's, unpaid, with A's email.
    const after = await shop.call<{ checkout: CheckoutShape }>(
      `query($id: ID!) { checkout(id: $id) { ${CHECKOUT_FIELDS} } }`,
      { id: openCheckoutA.id },
      tokenA,
    );
    expect(after.checkout.email).toBe(openCheckoutA.email);
    expect(after.checkout.order).toBeNull();
  });

  it('a guest checkout is visible to whoever holds its id, signed in or not', async () => {
    for (const token of [null, tokenB]) {
      const data = await shop.call<{ checkout: CheckoutShape }>(
        `query($id: ID!) { checkout(id: $id) { ${CHECKOUT_FIELDS} } }`,
        { id: guestCheckout.id },
        token,
      );
      expect(data.checkout.id).toBe(guestCheckout.id);
    }
  });

  it('malformed ids: userErrors in mutations, BAD_USER_INPUT in queries, never a 500', async () => {
    for (const bad of ['nonsense', 'gid://shop/Checkout/1', 'gid://shop/Checkout/' + 'x'.repeat(500)]) {
      expect((await shop.update(bad, { email: 'a@b.de' })).userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID', field: ['checkoutId'] }),
      ]);
      expect((await shop.complete(bad)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID' })]);
      expect((await shop.start(bad)).userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID', field: ['cartId'] }),
      ]);
    }
    const response = await graphql(
      api.gateway,
      `
        query ($id: ID!) {
          checkout(id: $id) {
            id
          }
        }
      `,
      { id: 'nonsense' },
    );
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ids are 128 random bits, never serials', () => {
    for (const id of [checkoutA.id, orderA, guestCheckout.id])
      expect(id).toMatch(/^gid:\/\/shop\/(Checkout|Order)\/[A-Za-z0-9_-]{22}$/);
  });
});
