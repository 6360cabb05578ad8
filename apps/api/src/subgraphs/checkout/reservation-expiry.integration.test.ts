import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { ADDRESS, createCheckoutTestApi } from './checkout-test-api.js';
import { expireReservation } from './expire-reservation.js';

// Holds run out: RESERVATION_MINUTES is 3 seconds here. The expiry job gives the stock back; a
// checkout completed after its hold ran out takes the stock again if it is still there, and says
// RESERVATION_EXPIRED if it is not. Variants from offset 120 on belong to this file.
const HOLD_MS = 3_000;
const api = useTestStack({ RESERVATION_MINUTES: String(HOLD_MS / 60_000) });
const shop = createCheckoutTestApi(api);

const rawId = (globalId: string) => globalId.split('/').pop()!;

async function untilExpired(reservedUntil: string) {
  await sleep(Math.max(0, Date.parse(reservedUntil) - Date.now()) + 100);
}

describe('reservation expiry', () => {
  let variants: number[];
  beforeAll(async () => {
    variants = await shop.pickVariants(120, 3);
  });

  it('the expiry job returns the stock; a renewed hold is left alone', async () => {
    const variantId = variants[0]!;
    await shop.setStock(variantId, 5);
    const cartId = await shop.createCart([{ variantId, quantity: 2 }]);
    const { checkout } = await shop.start(cartId);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 5, reserved: 2 });
    // Before its time the job does nothing.
    expect(await expireReservation(api.stack.database.db, rawId(checkout!.id), new Date())).toBe(false);
    await untilExpired(checkout!.reservedUntil!);
    expect(await expireReservation(api.stack.database.db, rawId(checkout!.id), new Date())).toBe(true);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 5, reserved: 0 });
    const after = await shop.call<{ checkout: { reservedUntil: string | null; ready: boolean } }>(
      `query($id: ID!) { checkout(id: $id) { reservedUntil ready } }`,
      { id: checkout!.id },
    );
    expect(after.checkout).toEqual({ reservedUntil: null, ready: false });
    // Running it again changes nothing.
    expect(await expireReservation(api.stack.database.db, rawId(checkout!.id), new Date())).toBe(false);
  });

  it('complete after expiry takes the stock again when it is still there', async () => {
    const variantId = variants[1]!;
    await shop.setStock(variantId, 5);
    const checkout = await shop.readyCheckout([{ variantId, quantity: 1 }]);
    await untilExpired(checkout.reservedUntil!);
    await expireReservation(api.stack.database.db, rawId(checkout.id), new Date());
    const placed = await shop.complete(checkout.id);
    expect(placed.userErrors).toEqual([]);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 4, reserved: 0 });
  });

  it('complete after expiry, the unit sold meanwhile: RESERVATION_EXPIRED and NOT_ENOUGH_STOCK, no order', async () => {
    const variantId = variants[2]!;
    await shop.setStock(variantId, 1);
    const earlyCart = await shop.createCart([{ variantId, quantity: 1 }]);
    const late = await shop.readyCheckout([{ variantId, quantity: 1 }]);
    await untilExpired(late.reservedUntil!);
    // The expiry job gives the unit back, and the next shopper takes it and pays.
    expect(await expireReservation(api.stack.database.db, rawId(late.id), new Date())).toBe(true);
    const early = (await shop.start(earlyCart)).checkout!;
    await shop.update(early.id, {
      email: 'early@example.com',
      shippingAddress: ADDRESS,
      shippingRateHandle: 'standard',
    });
    expect((await shop.complete(early.id)).userErrors).toEqual([]);
    const refused = await shop.complete(late.id);
    expect(refused.order).toBeNull();
    expect(refused.userErrors.map((error) => error.code)).toEqual(['RESERVATION_EXPIRED', 'NOT_ENOUGH_STOCK']);
    expect(await shop.ordersOfCheckout(late.id)).toBe(0);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 0, reserved: 0 });
  });
});
