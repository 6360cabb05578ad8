import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { createAdmission } from './admission.js';
import { createCheckoutTestApi } from './checkout-test-api.js';
import { completeCheckout } from './complete-checkout.js';
import type { CheckoutContext } from './context.js';
import { createLoaders } from './loaders.js';
import {
  countTestCharges,
  createPaymentRouter,
  createTestProvider,
  type PaymentProvider,
  type PaymentRouter,
} from './payments/index.js';
import { findAttemptByKey } from './repository.js';
import { DEFAULT_CHECKOUT_SETTINGS } from './services.js';

// A discount code's usage limit under 50 concurrent checkouts, and checkout when payment
// providers fail: failover to the second instance, and with none left PAYMENT_UNAVAILABLE with
// the stock still held. Variants from offset 160 on belong to this file.
const api = useTestStack();
const shop = createCheckoutTestApi(api);

/** An instance that never answers a charge (a hung provider): only the router's timeout ends it. */
const hanging = (provider: PaymentProvider): PaymentProvider => ({
  ...provider,
  charge: (_request, signal) =>
    new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
});

function contextWith(payments: PaymentRouter): CheckoutContext {
  const db = api.stack.database.db;
  return {
    db,
    loaders: createLoaders(db, { batch: true }),
    requestId: 'payment-failure-test',
    identity: null,
    clientIp: null,
    services: {
      payments,
      settings: DEFAULT_CHECKOUT_SETTINGS,
      admission: createAdmission({ concurrency: 4, maxWaitMs: 5_000 }),
      now: () => new Date(),
    },
  };
}

describe('discount usage limit', () => {
  it('a code limited to 5 uses, 50 concurrent checkouts: exactly 5 orders use it, the rest are refused uncharged', async () => {
    const [variantId] = await shop.pickVariants(160, 1);
    await shop.setStock(variantId!, 100);
    const code = `LIMIT5${randomBytes(4).toString('hex').toUpperCase()}`;
    await api.stack.database.db.execute(
      sql`insert into cart.discount_codes (code, kind, value, usage_limit) values (${code}, 'percentage', 10, 5)`,
    );
    const checkouts = [];
    for (let i = 0; i < 50; i += 10)
      checkouts.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, () =>
            shop.readyCheckout([{ variantId: variantId!, quantity: 1 }], { discountCodes: [code] }),
          ),
        )),
      );
    const results = await Promise.all(checkouts.map((checkout) => shop.complete(checkout.id)));
    const placed = results.filter((result) => result.order);
    expect(placed).toHaveLength(5);
    for (const refused of results.filter((result) => !result.order))
      expect(refused.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID', field: ['discountCodes'], message: expect.stringContaining(code) }),
      ]);
    const [row] = await shop.select<{ used: number }>(
      sql`select used_count as used from cart.discount_codes where code = ${code}`,
    );
    expect(row!.used).toBe(5);
    // No charge was made for a refused checkout: only the five attempts exist.
    const [attempts] = await shop.select<{ count: number }>(sql`
      select count(*)::int as count from checkout.payment_attempts
      where checkout_id = any(${`{${checkouts.map((c) => c.id.split('/').pop()).join(',')}}`}::text[])`);
    expect(attempts!.count).toBe(5);
  }, 120_000);

  it('a declined payment gives the discount use back', async () => {
    const [variantId] = await shop.pickVariants(161, 1);
    await shop.setStock(variantId!, 10);
    const code = `ONCE${randomBytes(4).toString('hex').toUpperCase()}`;
    await api.stack.database.db.execute(
      sql`insert into cart.discount_codes (code, kind, value, usage_limit) values (${code}, 'percentage', 10, 1)`,
    );
    const checkout = await shop.readyCheckout([{ variantId: variantId!, quantity: 1 }], { discountCodes: [code] });
    const declined = await shop.complete(checkout.id, { payment: { provider: 'test', token: 'tok_decline' } });
    expect(declined.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_DECLINED' })]);
    const paid = await shop.complete(checkout.id);
    expect(paid.userErrors).toEqual([]);
  });
});

describe('payment provider failures', () => {
  let variants: number[];
  beforeAll(async () => {
    variants = await shop.pickVariants(170, 2);
    for (const variantId of variants) await shop.setStock(variantId, 10);
  });

  it('a hung first instance fails over to the second: one order, charged at the second', async () => {
    const db = api.stack.database.db;
    const router = createPaymentRouter({
      providers: [hanging(createTestProvider(db, 'test-a')), createTestProvider(db, 'test-b')],
      timeoutMs: 300,
      breakerFailures: 1,
      breakerHalfOpenMs: 60_000,
    });
    const checkout = await shop.readyCheckout([{ variantId: variants[0]!, quantity: 1 }]);
    const key = randomUUID();
    const result = await completeCheckout(contextWith(router), {
      checkoutId: checkout.id,
      payment: { provider: 'test', token: 'tok_approve' },
      idempotencyKey: key,
    });
    expect(result.userErrors).toEqual([]);
    const attempt = (await findAttemptByKey(db, key))!;
    expect(attempt).toEqual(expect.objectContaining({ state: 'succeeded', providerId: 'test-b' }));
    expect(await countTestCharges(db, { attemptId: attempt.id, providerId: 'test-b' })).toEqual(
      expect.objectContaining({ charged: 1, voided: 0 }),
    );
  });

  it('no instance left: PAYMENT_UNAVAILABLE, nothing charged, the stock still held and the hold not shortened', async () => {
    const db = api.stack.database.db;
    const router = createPaymentRouter({
      providers: [hanging(createTestProvider(db, 'test-c')), hanging(createTestProvider(db, 'test-d'))],
      timeoutMs: 300,
      breakerFailures: 1,
      breakerHalfOpenMs: 60_000,
    });
    const checkout = await shop.readyCheckout([{ variantId: variants[1]!, quantity: 2 }]);
    const key = randomUUID();
    const result = await completeCheckout(contextWith(router), {
      checkoutId: checkout.id,
      payment: { provider: 'test', token: 'tok_approve' },
      idempotencyKey: key,
    });
    expect(result.order).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_UNAVAILABLE', field: ['payment'] })]);
    expect((await findAttemptByKey(db, key))!.state).toBe('failed');
    expect(await shop.stockOf(variants[1]!)).toEqual({ onHand: 10, reserved: 2 });
    const after = await shop.call<{ checkout: { reservedUntil: string; ready: boolean } }>(
      `query($id: ID!) { checkout(id: $id) { reservedUntil ready } }`,
      { id: checkout.id },
    );
    expect(Date.parse(after.checkout.reservedUntil)).toBeGreaterThanOrEqual(Date.parse(checkout.reservedUntil!));
    expect(after.checkout.ready).toBe(true);
    // The shopper retries with a new key once a provider answers again.
    expect((await shop.complete(checkout.id)).userErrors).toEqual([]);
  });
});

// PAYMENT_UNAVAILABLE on ["payment"] means the attempt failed and nothing was charged: pay again
// with a new key. On ["idempotencyKey"] it means this key's charge may still go through: retry
// with the same key, never a new one (docs/checkout.md, Failure answers).
describe('a charge whose outcome is not known yet', () => {
  let variants: number[];
  beforeAll(async () => {
    variants = await shop.pickVariants(172, 2);
    for (const variantId of variants) await shop.setStock(variantId, 10);
  });

  it('a router that fails unexpectedly: PAYMENT_UNAVAILABLE on idempotencyKey, the attempt left for the repair', async () => {
    const db = api.stack.database.db;
    const router = createPaymentRouter({
      providers: [createTestProvider(db, 'test-e')],
      timeoutMs: 5_000,
      breakerFailures: 5,
      breakerHalfOpenMs: 60_000,
    });
    const broken: PaymentRouter = { ...router, charge: () => Promise.reject(new Error('socket hang up')) };
    const checkout = await shop.readyCheckout([{ variantId: variants[0]!, quantity: 1 }]);
    const key = randomUUID();
    const result = await completeCheckout(contextWith(broken), {
      checkoutId: checkout.id,
      payment: { provider: 'test', token: 'tok_approve' },
      idempotencyKey: key,
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_UNAVAILABLE', field: ['idempotencyKey'] }),
    ]);
    expect((await findAttemptByKey(db, key))!.state).toBe('charging');
  });

  it('the same key while the first charge is still on its way: PAYMENT_UNAVAILABLE on idempotencyKey, then the order', async () => {
    const db = api.stack.database.db;
    const router = createPaymentRouter({
      providers: [createTestProvider(db, 'test-f')],
      timeoutMs: 5_000,
      breakerFailures: 5,
      breakerHalfOpenMs: 60_000,
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: PaymentRouter = { ...router, charge: async (request) => (await gate, router.charge(request)) };
    const context = contextWith(slow);
    const quick = {
      ...context,
      services: { ...context.services, settings: { ...context.services.settings, attemptWaitMs: 200 } },
    };
    const checkout = await shop.readyCheckout([{ variantId: variants[1]!, quantity: 1 }]);
    const args = {
      checkoutId: checkout.id,
      payment: { provider: 'test', token: 'tok_approve' },
      idempotencyKey: randomUUID(),
    };
    const first = completeCheckout(context, args);
    await expect.poll(async () => (await findAttemptByKey(db, args.idempotencyKey))?.state).toBe('charging');
    const second = await completeCheckout(quick, args);
    expect(second.userErrors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_UNAVAILABLE', field: ['idempotencyKey'] }),
    ]);
    release();
    const placed = await first;
    expect(placed.userErrors).toEqual([]);
    const retried = await completeCheckout(quick, args);
    expect(retried.order?.id).toBe(placed.order!.id);
  });
});
