import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { createCheckoutTestApi } from './checkout-test-api.js';

// The same idempotency key yields the same order, once: double clicks, retries and two tabs give
// one order and one charge. Variants from offset 40 on belong to this file.
const api = useTestStack();
const shop = createCheckoutTestApi(api);

async function chargesOf(checkoutGlobalId: string) {
  const id = checkoutGlobalId.split('/').pop()!;
  return shop.select<{ state: string; count: number }>(sql`
    select state, count(*)::int as count from checkout.payment_attempts where checkout_id = ${id} group by state order by state`);
}

describe('checkoutComplete exactly once', () => {
  let variants: number[];
  beforeAll(async () => {
    variants = await shop.pickVariants(40, 6);
    for (const variantId of variants) await shop.setStock(variantId, 50);
  });

  it('20 parallel calls with one key: one order, one charge, the same answer for all', async () => {
    const checkout = await shop.readyCheckout([{ variantId: variants[0]!, quantity: 2 }]);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => shop.complete(checkout.id, { key })));
    for (const result of results) expect(result.userErrors).toEqual([]);
    const orderIds = new Set(results.map((result) => result.order!.id));
    expect(orderIds.size).toBe(1);
    expect(await shop.ordersOfCheckout(checkout.id)).toBe(1);
    // One attempt reached the provider: the others found the key and waited for its outcome.
    expect(await chargesOf(checkout.id)).toEqual([{ state: 'succeeded', count: 1 }]);
    expect(await shop.stockOf(variants[0]!)).toEqual({ onHand: 48, reserved: 0 });
  });

  it('the same key on another checkout: IDEMPOTENCY_KEY_REUSED and no order', async () => {
    const first = await shop.readyCheckout([{ variantId: variants[1]!, quantity: 1 }]);
    const second = await shop.readyCheckout([{ variantId: variants[1]!, quantity: 1 }]);
    const key = randomUUID();
    expect((await shop.complete(first.id, { key })).userErrors).toEqual([]);
    const reused = await shop.complete(second.id, { key });
    expect(reused.order).toBeNull();
    expect(reused.userErrors).toEqual([
      expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'] }),
    ]);
    expect(await shop.ordersOfCheckout(second.id)).toBe(0);
    expect(await chargesOf(second.id)).toEqual([]);
  });

  it('a completed checkout with a new key: ALREADY_COMPLETED, no second order or charge; the old key still answers', async () => {
    const checkout = await shop.readyCheckout([{ variantId: variants[2]!, quantity: 1 }]);
    const key = randomUUID();
    const placed = await shop.complete(checkout.id, { key });
    expect(placed.userErrors).toEqual([]);
    const again = await shop.complete(checkout.id, { key: randomUUID() });
    expect(again.order).toBeNull();
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_COMPLETED' })]);
    const replay = await shop.complete(checkout.id, { key });
    expect(replay.order!.id).toBe(placed.order!.id);
    expect(await shop.ordersOfCheckout(checkout.id)).toBe(1);
    expect(await chargesOf(checkout.id)).toEqual([{ state: 'succeeded', count: 1 }]);
  });

  it('a decline: PAYMENT_DECLINED again for the same key, stock still held, a new key can pay', async () => {
    const checkout = await shop.readyCheckout([{ variantId: variants[3]!, quantity: 3 }]);
    const key = randomUUID();
    const declined = await shop.complete(checkout.id, { key, payment: { provider: 'test', token: 'tok_decline' } });
    expect(declined.order).toBeNull();
    expect(declined.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_DECLINED' })]);
    expect(await shop.stockOf(variants[3]!)).toEqual({ onHand: 50, reserved: 3 });
    // Like Stripe: the same key replays the decline, even with a good card.
    const replay = await shop.complete(checkout.id, { key });
    expect(replay.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_DECLINED' })]);
    const paid = await shop.complete(checkout.id, { key: randomUUID() });
    expect(paid.userErrors).toEqual([]);
    expect(paid.order!.lines[0]!.quantity).toBe(3);
    expect(await shop.stockOf(variants[3]!)).toEqual({ onHand: 47, reserved: 0 });
  });

  it('refuses a bad key, provider or token with INVALID, before anything is charged', async () => {
    const checkout = await shop.readyCheckout([{ variantId: variants[4]!, quantity: 1 }]);
    const cases = [
      { key: '', field: ['idempotencyKey'] },
      { key: 'x'.repeat(256), field: ['idempotencyKey'] },
      // Guessable (another shopper's "1" would be this one's) or not a bare token: refused too.
      { key: '1', field: ['idempotencyKey'] },
      { key: 'x'.repeat(201), field: ['idempotencyKey'] },
      { key: 'order:2026-12-03:0001', field: ['idempotencyKey'] },
      { key: randomUUID(), payment: { provider: 'bitcoin', token: 'tok_approve' }, field: ['payment', 'provider'] },
      { key: randomUUID(), payment: { provider: 'test', token: 'x'.repeat(300) }, field: ['payment', 'token'] },
    ];
    for (const { field, ...options } of cases) {
      const result = await shop.complete(checkout.id, options);
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field })]);
    }
    expect(await chargesOf(checkout.id)).toEqual([]);
  });
});
