import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { cartClient, pickVariants, setStock, variantGid, type CartShape } from './cart-test-api.js';
import { toCents, formatCents } from '../../platform/money.js';

// The cart mutations through the gateway: what each does, and the user errors of each.
const api = useTestStack({ STOREFRONT_URL: 'https://shop.example' });
const cart = cartClient(() => api.gateway);

let variants: Array<{ id: number; price: string; compareAtPrice: string | null }>;
const gid = (index: number) => variantGid(variants[index]!.id);

beforeAll(async () => {
  variants = await pickVariants(api.stack.database.db, 6, 0);
  for (const variant of variants) await setStock(api.stack.database.db, variant.id, 50);
});

const lineOf = (shape: CartShape, index: number) =>
  shape.lines.nodes.find((line) => line.merchandise.id === gid(index));

describe('cartCreate', () => {
  it('creates a guest cart with an unguessable id, the checkout URL and server-side prices', async () => {
    const created = await cart.create({ lines: [{ merchandiseId: gid(0), quantity: 2 }] });
    expect(created.id).toMatch(/^gid:\/\/shop\/Cart\/[A-Za-z0-9_-]{22}$/);
    expect(created.checkoutUrl).toBe('https://shop.example/checkout');
    expect(created.totalQuantity).toBe(2);
    const line = created.lines.nodes[0]!;
    expect(line.id).toMatch(/^gid:\/\/shop\/CartLine\/[A-Za-z0-9_-]{22}$/);
    expect(line.cost.amountPerQuantity.amount).toBe(formatCents(toCents(variants[0]!.price)));
    expect(line.cost.totalAmount.amount).toBe(formatCents(toCents(variants[0]!.price) * 2));
    expect(created.cost.subtotalAmount.amount).toBe(formatCents(toCents(variants[0]!.price) * 2));
    // No country yet: tax is unknown, not zero.
    expect(created.cost.totalTaxAmount).toBeNull();
    expect(created.buyerIdentity).toEqual({ email: null, countryCode: null, customer: null });
    expect(await cart.read(created.id)).toEqual(created);
  });

  it('creates an empty cart without input', async () => {
    const payload = await cart.mutate('cartCreate', {});
    expect(payload.userErrors).toEqual([]);
    expect(payload.cart!.totalQuantity).toBe(0);
    expect(payload.cart!.cost.subtotalAmount.amount).toBe('0.00');
  });

  it('refuses bad lines and creates nothing', async () => {
    const before = await countCarts();
    const payload = await cart.mutate('cartCreate', { input: { lines: [{ merchandiseId: gid(0), quantity: 0 }] } });
    expect(payload.cart).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: 'LESS_THAN', field: ['input', 'lines', '0', 'quantity'] }),
    ]);
    expect(await countCarts()).toBe(before);
  });
});

describe('cartLinesAdd', () => {
  it('adds to the line of a variant already in the cart', async () => {
    const created = await cart.create({ lines: [{ merchandiseId: gid(0), quantity: 1 }] });
    const added = await cart.mutate('cartLinesAdd', {
      cartId: created.id,
      lines: [{ merchandiseId: gid(0), quantity: 2 }, { merchandiseId: gid(1) }],
    });
    expect(added.userErrors).toEqual([]);
    expect(added.cart!.lines.nodes.map((line) => [line.merchandise.id, line.quantity])).toEqual([
      [gid(0), 3],
      [gid(1), 1],
    ]);
    expect(lineOf(added.cart!, 0)!.id).toBe(created.lines.nodes[0]!.id);
    expect(added.cart!.totalQuantity).toBe(4);
  });

  it('refuses more than the stock free now, more than the cap per order and more than 999', async () => {
    await setStock(api.stack.database.db, variants[5]!.id, 3, 2);
    const created = await cart.create();
    const overCap = await cart.mutate('cartLinesAdd', {
      cartId: created.id,
      lines: [{ merchandiseId: gid(5), quantity: 3 }],
    });
    expect(overCap.userErrors).toEqual([
      expect.objectContaining({ code: 'GREATER_THAN_MAX', field: ['lines', '0', 'quantity'] }),
    ]);
    await setStock(api.stack.database.db, variants[5]!.id, 3, null);
    const overStock = await cart.mutate('cartLinesAdd', {
      cartId: created.id,
      lines: [{ merchandiseId: gid(5), quantity: 4 }],
    });
    expect(overStock.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_ENOUGH_STOCK', field: ['lines', '0', 'quantity'] }),
    ]);
    expect(overStock.cart!.totalQuantity).toBe(0);
    const fits = await cart.mutate('cartLinesAdd', {
      cartId: created.id,
      lines: [{ merchandiseId: gid(5), quantity: 3 }],
    });
    expect(fits.userErrors).toEqual([]);
    await setStock(api.stack.database.db, variants[5]!.id, 50, null);
  });
});

describe('cartLinesUpdate and cartLinesRemove', () => {
  it('sets quantities, removes a line at 0, and removes by id', async () => {
    const created = await cart.create({
      lines: [
        { merchandiseId: gid(0), quantity: 1 },
        { merchandiseId: gid(1), quantity: 1 },
        { merchandiseId: gid(2), quantity: 1 },
      ],
    });
    const [first, second, third] = created.lines.nodes;
    const updated = await cart.mutate('cartLinesUpdate', {
      cartId: created.id,
      lines: [
        { id: first!.id, quantity: 5 },
        { id: second!.id, quantity: 0 },
      ],
    });
    expect(updated.userErrors).toEqual([]);
    expect(updated.cart!.lines.nodes.map((line) => [line.id, line.quantity])).toEqual([
      [first!.id, 5],
      [third!.id, 1],
    ]);
    const removed = await cart.mutate('cartLinesRemove', { cartId: created.id, lineIds: [third!.id] });
    expect(removed.userErrors).toEqual([]);
    expect(removed.cart!.lines.nodes.map((line) => line.id)).toEqual([first!.id]);
  });

  it('refuses a line id of another cart as INVALID_MERCHANDISE_LINE and changes nothing', async () => {
    const mine = await cart.create({ lines: [{ merchandiseId: gid(0), quantity: 1 }] });
    const other = await cart.create({ lines: [{ merchandiseId: gid(1), quantity: 1 }] });
    const foreignLine = other.lines.nodes[0]!.id;
    const update = await cart.mutate('cartLinesUpdate', {
      cartId: mine.id,
      lines: [
        { id: mine.lines.nodes[0]!.id, quantity: 4 },
        { id: foreignLine, quantity: 2 },
      ],
    });
    expect(update.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_MERCHANDISE_LINE', field: ['lines', '1', 'id'] }),
    ]);
    expect(update.cart!.lines.nodes[0]!.quantity).toBe(1);
    const remove = await cart.mutate('cartLinesRemove', { cartId: mine.id, lineIds: [foreignLine] });
    expect(remove.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_MERCHANDISE_LINE', field: ['lineIds', '0'] }),
    ]);
    expect((await cart.read(other.id))!.totalQuantity).toBe(1);
  });
});

describe('discount codes and tax', () => {
  it('applies WELCOME10, keeps SAVE5 until the minimum is met, refuses an unknown code', async () => {
    const created = await cart.create({ lines: [{ merchandiseId: gid(0), quantity: 1 }] });
    const subtotal = toCents(variants[0]!.price);
    const applied = await cart.mutate('cartDiscountCodesUpdate', {
      cartId: created.id,
      discountCodes: [' welcome10 ', 'SAVE5'],
    });
    expect(applied.userErrors).toEqual([]);
    const save5Applies = subtotal >= 5000;
    expect(applied.cart!.discountCodes).toEqual([
      { code: 'WELCOME10', applicable: true },
      { code: 'SAVE5', applicable: save5Applies },
    ]);
    const discount = Math.floor((subtotal * 10 + 50) / 100) + (save5Applies ? 500 : 0);
    expect(applied.cart!.cost.totalAmount.amount).toBe(formatCents(subtotal - Math.min(discount, subtotal)));

    const unknown = await cart.mutate('cartDiscountCodesUpdate', { cartId: created.id, discountCodes: ['NOPE'] });
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ code: 'DISCOUNT_CODE_NOT_APPLICABLE', field: ['discountCodes', '0'] }),
    ]);
    expect(unknown.cart!.discountCodes.map((code) => code.code)).toEqual(['WELCOME10', 'SAVE5']);

    const expired = await cart.mutate('cartDiscountCodesUpdate', { cartId: created.id, discountCodes: ['EXPIRED15'] });
    expect(expired.cart!.discountCodes).toEqual([{ code: 'EXPIRED15', applicable: false }]);
    expect(expired.cart!.cost.totalAmount.amount).toBe(formatCents(subtotal));

    const cleared = await cart.mutate('cartDiscountCodesUpdate', { cartId: created.id, discountCodes: [] });
    expect(cleared.cart!.discountCodes).toEqual([]);
  });

  it('shows a code whose usage limit is reached as not applicable', async () => {
    const db = api.stack.database.db;
    await db.execute(sql`insert into cart.discount_codes (code, kind, value, usage_limit, used_count)
      values ('USEDUP', 'percentage', 50, 2, 2) on conflict do nothing`);
    const created = await cart.create({ lines: [{ merchandiseId: gid(0) }], discountCodes: ['USEDUP'] });
    expect(created.discountCodes).toEqual([{ code: 'USEDUP', applicable: false }]);
  });

  it('taxes by the buyer country, exclusive of the discounted subtotal', async () => {
    const created = await cart.create({
      lines: [{ merchandiseId: gid(0), quantity: 3 }],
      discountCodes: ['WELCOME10'],
      buyerIdentity: { countryCode: 'de', email: 'Shopper@Example.com' },
    });
    const subtotal = toCents(variants[0]!.price) * 3;
    const discounted = subtotal - Math.floor((subtotal * 10 + 50) / 100);
    const tax = Math.floor((discounted * 19 + 50) / 100);
    expect(created.buyerIdentity).toMatchObject({ countryCode: 'DE', email: 'shopper@example.com' });
    expect(created.cost.totalTaxAmount!.amount).toBe(formatCents(tax));
    expect(created.cost.totalAmount.amount).toBe(formatCents(discounted + tax));
    const us = await cart.mutate('cartBuyerIdentityUpdate', {
      cartId: created.id,
      buyerIdentity: { countryCode: 'US' },
    });
    expect(us.cart!.cost.totalTaxAmount!.amount).toBe('0.00');
    expect(us.cart!.buyerIdentity.email).toBe('shopper@example.com');
  });

  it('refuses a malformed email or country', async () => {
    const created = await cart.create();
    const payload = await cart.mutate('cartBuyerIdentityUpdate', {
      cartId: created.id,
      buyerIdentity: { email: 'not-an-email', countryCode: 'XX' },
    });
    expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID', ['buyerIdentity', 'email']],
      ['INVALID', ['buyerIdentity', 'countryCode']],
    ]);
  });
});

describe('a completed cart', () => {
  it("is no longer the shopper's cart: cart(id) is null and mutations answer CART_NOT_FOUND", async () => {
    const created = await cart.create({ lines: [{ merchandiseId: gid(4) }] });
    await api.stack.database.db.execute(
      sql`update cart.carts set status = 'completed' where id = ${created.id.split('/').pop()!}`,
    );
    expect(await cart.read(created.id)).toBeNull();
    const add = await cart.mutate('cartLinesAdd', { cartId: created.id, lines: [{ merchandiseId: gid(4) }] });
    expect(add).toEqual({ cart: null, userErrors: [expect.objectContaining({ code: 'CART_NOT_FOUND' })] });
  });
});

describe('concurrency', () => {
  it('20 parallel adds of 1 to one cart end with quantity 20', async () => {
    const created = await cart.create();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        cart.mutate('cartLinesAdd', { cartId: created.id, lines: [{ merchandiseId: gid(3), quantity: 1 }] }),
      ),
    );
    expect(results.flatMap((result) => result.userErrors)).toEqual([]);
    const after = await cart.read(created.id);
    expect(after!.lines.nodes.map((line) => line.quantity)).toEqual([20]);
  });
});

async function countCarts(): Promise<number> {
  const [row] = await api.stack.database.db.execute<{ n: string }>(sql`select count(*) as n from cart.carts`);
  return Number(row!.n);
}
