import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { customersClient, uniqueEmail } from '../../test/customers-client.js';
import { useTestStack } from '../../test/stack.js';
import { ADDRESS, createCheckoutTestApi } from './checkout-test-api.js';
import { formatCents, toCents } from '../../platform/money.js';
import { sendOrderConfirmation } from './send-confirmation.js';

// A shopper's checkout from cart to order through the gateway, every total checked against the
// catalog's prices and the tax table, and every refusal a shopper can meet on the way. Variants
// from offset 100 on belong to this file.
const api = useTestStack();
const shop = createCheckoutTestApi(api);

/** Tax exclusive, half-up, in integer arithmetic: rate is a percentage with up to 3 decimals. */
function taxOf(baseCents: number, ratePercent: string): number {
  const [whole, fraction = ''] = ratePercent.split('.');
  const milli = BigInt(whole!) * 1000n + BigInt(fraction.padEnd(3, '0').slice(0, 3));
  return Number((BigInt(baseCents) * milli + 50_000n) / 100_000n);
}

describe('checkout flow', () => {
  let variants: number[];
  let price: string;
  beforeAll(async () => {
    variants = await shop.pickVariants(100, 6);
    for (const variantId of variants) await shop.setStock(variantId, 30);
    const [row] = await shop.select<{ price: string }>(
      sql`select price::text as price from catalog.variants where id = ${variants[0]!}`,
    );
    price = row!.price;
  });

  it('guest: start holds the stock, update makes it ready, complete places the order with exact totals', async () => {
    const variantId = variants[0]!;
    const cartId = await shop.createCart([{ variantId, quantity: 2 }]);
    const before = Date.now();
    const started = await shop.start(cartId);
    expect(started.userErrors).toEqual([]);
    const checkout = started.checkout!;
    expect(checkout.cart.id).toBe(cartId);
    expect(checkout.ready).toBe(false);
    const reservedUntil = Date.parse(checkout.reservedUntil!);
    expect(reservedUntil).toBeGreaterThanOrEqual(before + 10 * 60_000 - 5_000);
    expect(reservedUntil).toBeLessThanOrEqual(Date.now() + 10 * 60_000 + 5_000);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 30, reserved: 2 });
    const subtotal = 2 * toCents(price);
    expect(checkout.cost.subtotalAmount.amount).toBe(formatCents(subtotal));
    expect(checkout.cost.shippingAmount).toBeNull();

    const updated = await shop.update(checkout.id, {
      email: '  Ada@Example.COM ',
      shippingAddress: ADDRESS,
      shippingRateHandle: 'standard',
    });
    expect(updated.userErrors).toEqual([]);
    const ready = updated.checkout!;
    expect(ready.ready).toBe(true);
    expect(ready.email).toBe('ada@example.com');
    expect(ready.shippingRate).toEqual({ handle: 'standard' });
    const [rate] = await shop.select<{ rate: string }>(
      sql`select rate::text as rate from cart.tax_rates where country_code = 'DE'`,
    );
    const shipping = toCents('4.90');
    const tax = taxOf(subtotal + shipping, rate!.rate);
    expect(ready.cost.shippingAmount!.amount).toBe('4.90');
    expect(ready.cost.totalTaxAmount.amount).toBe(formatCents(tax));
    expect(ready.cost.totalAmount.amount).toBe(formatCents(subtotal + shipping + tax));

    const placed = await shop.complete(checkout.id);
    expect(placed.userErrors).toEqual([]);
    const order = placed.order!;
    expect(order.number).toBeGreaterThanOrEqual(1001);
    expect(order.email).toBe('ada@example.com');
    expect(order.financialStatus).toBe('PAID');
    expect(order.totalAmount.amount).toBe(ready.cost.totalAmount.amount);
    expect(order.lines).toEqual([
      expect.objectContaining({ quantity: 2, unitPrice: expect.objectContaining({ amount: price }) }),
    ]);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 28, reserved: 0 });
    const after = await shop.call<{ checkout: { order: { id: string }; reservedUntil: string | null } }>(
      `query($id: ID!) { checkout(id: $id) { reservedUntil order { id } } }`,
      { id: checkout.id },
    );
    expect(after.checkout).toEqual({ reservedUntil: null, order: { id: order.id } });
  });

  it('a re-start re-syncs the same checkout and holds the stock once', async () => {
    const variantId = variants[1]!;
    const cartId = await shop.createCart([{ variantId, quantity: 3 }]);
    const first = await shop.start(cartId);
    const second = await shop.start(cartId);
    expect(second.checkout!.id).toBe(first.checkout!.id);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 30, reserved: 3 });
  });

  it('a signed-in customer gets their email and default address prefilled, and the order in Customer.orders', async () => {
    const customers = customersClient(api.stack);
    const email = uniqueEmail('prefill');
    await customers.createCustomer({ email });
    const token = await customers.signIn(email);
    await shop.call(
      `mutation($address: MailingAddressInput!) { customerAddressCreate(address: $address, setAsDefault: true) { userErrors { code } } }`,
      { address: { ...ADDRESS, city: 'Hamburg', zip: '20095' } },
      token,
    );
    const cartId = await shop.createCart([{ variantId: variants[2]!, quantity: 1 }], { token });
    const started = await shop.start(cartId, token);
    expect(started.checkout!.email).toBe(email.toLowerCase());
    expect(started.checkout!.shippingAddress).toEqual(expect.objectContaining({ city: 'Hamburg', countryCode: 'DE' }));
    await shop.update(started.checkout!.id, { shippingRateHandle: 'express' }, token);
    const placed = await shop.complete(started.checkout!.id, { token });
    expect(placed.userErrors).toEqual([]);
    const me = await shop.call<{ customer: { orders: { nodes: Array<{ id: string }> } } }>(
      `{ customer { orders(first: 5) { nodes { id } } } }`,
      {},
      token,
    );
    expect(me.customer.orders.nodes).toEqual([{ id: placed.order!.id }]);
  });

  it('answers every refusal on the way with its code', async () => {
    const empty = await shop.createCart([]);
    expect((await shop.start(empty)).userErrors).toEqual([expect.objectContaining({ code: 'CART_EMPTY' })]);
    // The cart checked the stock when the line was added; it sold down to 3 since.
    const tooMany = await shop.createCart([{ variantId: variants[3]!, quantity: 5 }]);
    await shop.setStock(variants[3]!, 3);
    expect((await shop.start(tooMany)).userErrors).toEqual([
      expect.objectContaining({
        code: 'NOT_ENOUGH_STOCK',
        field: ['lines', expect.stringMatching(/^gid:\/\/shop\/CartLine\//), 'quantity'],
        message: 'Only 3 left in stock (you asked for 5).',
      }),
    ]);
    expect(await shop.stockOf(variants[3]!)).toEqual({ onHand: 3, reserved: 0 });

    const cartId = await shop.createCart([{ variantId: variants[4]!, quantity: 1 }]);
    const checkout = (await shop.start(cartId)).checkout!;
    expect((await shop.complete(checkout.id)).userErrors.map((error) => error.code)).toEqual([
      'MISSING_EMAIL',
      'MISSING_SHIPPING_ADDRESS',
      'MISSING_SHIPPING_RATE',
    ]);
    const refused = await shop.update(checkout.id, {
      email: 'not-an-email',
      shippingAddress: { ...ADDRESS, city: '' },
    });
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'email'] }),
      expect.objectContaining({ code: 'INVALID', field: ['input', 'shippingAddress', 'city'] }),
    ]);
    const noShipping = await shop.update(checkout.id, { shippingAddress: { ...ADDRESS, countryCode: 'AQ' } });
    expect(noShipping.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'shippingAddress', 'countryCode'] }),
    ]);
    // Free shipping starts at 100.00; one unit of this variant is below it.
    if (toCents(price) < 10_000) {
      const notOffered = await shop.update(checkout.id, { shippingAddress: ADDRESS, shippingRateHandle: 'free' });
      expect(notOffered.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID', field: ['input', 'shippingRateHandle'] }),
      ]);
    }
    const oversized = await shop.update(checkout.id, { email: `${'a'.repeat(300)}@example.com` });
    expect(oversized.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'email'] })]);
    // Nothing of the refused updates was saved.
    const after = await shop.call<{ checkout: { email: string | null; shippingAddress: unknown } }>(
      `query($id: ID!) { checkout(id: $id) { email shippingAddress { city } } }`,
      { id: checkout.id },
    );
    expect(after.checkout).toEqual({ email: null, shippingAddress: null });
  });

  it('sends the order confirmation once, however often its job runs', async () => {
    const checkout = await shop.readyCheckout([{ variantId: variants[5]!, quantity: 1 }], {
      email: 'mail@example.com',
    });
    const placed = await shop.complete(checkout.id);
    const orderId = placed.order!.id.split('/').pop()!;
    const sent: Array<{ to: string; subject: string; html: string; text: string }> = [];
    const mail = {
      send: async (message: (typeof sent)[number]) => {
        sent.push(message);
        return { messageId: `m${sent.length}` };
      },
    };
    const db = api.stack.database.db;
    const runs = await Promise.all([1, 2, 3].map(() => sendOrderConfirmation(db, mail, orderId, new Date())));
    expect(runs.filter(Boolean)).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('mail@example.com');
    expect(sent[0]!.subject).toContain(`#${placed.order!.number}`);
    // A send that fails leaves the marker unset, so the retried job sends it.
    const second = await shop.readyCheckout([{ variantId: variants[5]!, quantity: 1 }]);
    const secondOrder = (await shop.complete(second.id)).order!.id.split('/').pop()!;
    const failing = { send: async (): Promise<{ messageId: string }> => Promise.reject(new Error('SMTP down')) };
    await expect(sendOrderConfirmation(db, failing, secondOrder, new Date())).rejects.toThrow('SMTP down');
    expect(await sendOrderConfirmation(db, mail, secondOrder, new Date())).toBe(true);
  });
});
