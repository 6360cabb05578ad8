import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { releaseHold } from '../inventory/index.js';
import { createAdmission } from './admission.js';
import { createCheckoutTestApi } from './checkout-test-api.js';
import { completeCheckout } from './complete-checkout.js';
import type { CheckoutContext } from './context.js';
import { createLoaders } from './loaders.js';
import { countTestCharges, createPaymentRouter, createTestProvider, type PaymentRouter } from './payments/index.js';
import { repairAttempt } from './repair.js';
import { findAttemptByKey } from './repository.js';
import { DEFAULT_CHECKOUT_SETTINGS } from './services.js';

// A process killed between the charge and the order: the provider has the money, the attempt is
// left `charging`, there is no order. The repair job must end it in an order, or, when the stock
// is gone by then, in a void. Simulated with a payment router whose charge reaches the test
// provider and then throws, as if the process died there. Variants from offset 140 on.
const api = useTestStack();
const shop = createCheckoutTestApi(api);

describe('repair of a charge interrupted before its order', () => {
  let variants: number[];
  let router: PaymentRouter;
  let crashing: CheckoutContext;

  beforeAll(async () => {
    variants = await shop.pickVariants(140, 2);
    const db = api.stack.database.db;
    router = createPaymentRouter({
      providers: [createTestProvider(db)],
      timeoutMs: 2_000,
      breakerFailures: 5,
      breakerHalfOpenMs: 10_000,
    });
    crashing = {
      db,
      loaders: createLoaders(db, { batch: true }),
      requestId: 'repair-test',
      identity: null,
      clientIp: null,
      services: {
        payments: {
          ...router,
          charge: async (request) => {
            await router.charge(request);
            throw new Error('the process died here');
          },
        },
        settings: DEFAULT_CHECKOUT_SETTINGS,
        admission: createAdmission({ concurrency: 4, maxWaitMs: 5_000 }),
        now: () => new Date(),
      },
    };
  });

  async function chargeThenDie(variantId: number) {
    const checkout = await shop.readyCheckout([{ variantId, quantity: 1 }]);
    const key = randomUUID();
    const died = await completeCheckout(crashing, {
      checkoutId: checkout.id,
      payment: { provider: 'test', token: 'tok_approve' },
      idempotencyKey: key,
    });
    expect(died.order).toBeNull();
    const attempt = (await findAttemptByKey(api.stack.database.db, key))!;
    expect(attempt.state).toBe('charging');
    expect(await countTestCharges(api.stack.database.db, { attemptId: attempt.id })).toEqual({
      charged: 1,
      voided: 0,
      declined: 0,
    });
    expect(await shop.ordersOfCheckout(checkout.id)).toBe(0);
    return { checkout, key, attempt };
  }

  it('creates the order the charge paid for; the same key then answers with it', async () => {
    const variantId = variants[0]!;
    await shop.setStock(variantId, 5);
    const { checkout, key, attempt } = await chargeThenDie(variantId);
    const repaired = await repairAttempt(api.stack.database.db, router, attempt.id);
    expect(repaired!.state).toBe('succeeded');
    expect(await shop.ordersOfCheckout(checkout.id)).toBe(1);
    expect(await shop.stockOf(variantId)).toEqual({ onHand: 4, reserved: 0 });
    expect(await countTestCharges(api.stack.database.db, { attemptId: attempt.id })).toEqual({
      charged: 1,
      voided: 0,
      declined: 0,
    });
    const replay = await shop.complete(checkout.id, { key });
    expect(replay.userErrors).toEqual([]);
    expect(replay.order!.id).toMatch(/^gid:\/\/shop\/Order\//);
    // Running the job again changes nothing.
    expect((await repairAttempt(api.stack.database.db, router, attempt.id))!.state).toBe('succeeded');
    expect(await shop.ordersOfCheckout(checkout.id)).toBe(1);
  });

  it('voids the charge when the stock went back before the repair ran', async () => {
    const variantId = variants[1]!;
    await shop.setStock(variantId, 5);
    const { checkout, key, attempt } = await chargeThenDie(variantId);
    // The hold was given back (expired and swept) and the units sold elsewhere.
    await api.stack.database.db.transaction((tx) => releaseHold(tx, checkout.id.split('/').pop()!));
    await shop.setStock(variantId, 0);
    const repaired = await repairAttempt(api.stack.database.db, router, attempt.id);
    expect(repaired!.state).toBe('failed');
    expect(await shop.ordersOfCheckout(checkout.id)).toBe(0);
    expect(await countTestCharges(api.stack.database.db, { attemptId: attempt.id })).toEqual({
      charged: 1,
      voided: 1,
      declined: 0,
    });
    const replay = await shop.complete(checkout.id, { key });
    expect(replay.order).toBeNull();
    expect(replay.userErrors).toEqual([expect.objectContaining({ code: 'RESERVATION_EXPIRED' })]);
  });

  it('marks an attempt that never reached the provider failed, with nothing to void', async () => {
    const variantId = variants[0]!;
    const checkout = await shop.readyCheckout([{ variantId, quantity: 1 }]);
    const key = randomUUID();
    const neverSent = {
      ...crashing,
      services: {
        ...crashing.services,
        payments: { ...router, charge: () => Promise.reject(new Error('died before the charge')) },
      },
    };
    await completeCheckout(neverSent, {
      checkoutId: checkout.id,
      payment: { provider: 'test', token: 'tok_approve' },
      idempotencyKey: key,
    });
    const attempt = (await findAttemptByKey(api.stack.database.db, key))!;
    const repaired = await repairAttempt(api.stack.database.db, router, attempt.id);
    expect(repaired!.state).toBe('failed');
    expect(await shop.ordersOfCheckout(checkout.id)).toBe(0);
    // The stock is still held for the shopper, who can pay with a new key.
    const paid = await shop.complete(checkout.id);
    expect(paid.userErrors).toEqual([]);
  });
});
