import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeStripe, type FakeStripe } from '../../../test/fake-stripe.js';
import { createPaymentRouter, type UncertainCharge } from './router.js';
import { createStripeProvider } from './stripe-provider.js';

// The adapter on the official client against the local fake, which answers as Stripe documents.

let primary: FakeStripe;
let secondary: FakeStripe;
beforeAll(async () => {
  [primary, secondary] = await Promise.all([startFakeStripe(), startFakeStripe()]);
});
afterEach(() => {
  primary.setFault('none');
  secondary.setFault('none');
});
afterAll(() => Promise.all([primary.close(), secondary.close()]));

const TIMEOUT_MS = 400;
const attemptId = () => `att_${randomBytes(16).toString('base64url')}`;
const stripeAt = (fake: FakeStripe, id: 'stripe' | 'stripe-secondary' = 'stripe') =>
  createStripeProvider({ id, secretKey: fake.secretKey, apiBase: fake.url, webhookSecret: undefined }, TIMEOUT_MS);
const signal = () => AbortSignal.timeout(5_000);
const request = (token: string, id = attemptId()) => ({
  attemptId: id,
  amount: '104.90',
  amountMinor: 10490,
  currencyCode: 'EUR',
  token,
  description: 'Checkout test',
});

function routerOver(fakes: FakeStripe[], breakerFailures = 5) {
  const uncertain: UncertainCharge[] = [];
  const payments = createPaymentRouter({
    providers: fakes.map((fake, index) => stripeAt(fake, index === 0 ? 'stripe' : 'stripe-secondary')),
    timeoutMs: TIMEOUT_MS,
    breakerFailures,
    breakerHalfOpenMs: 60_000,
    onUncertainCharge: async (charge) => {
      uncertain.push(charge);
    },
  });
  return { payments, uncertain };
}
const chargeThrough = (payments: ReturnType<typeof routerOver>['payments'], token: string, id = attemptId()) =>
  payments.charge({
    attemptId: id,
    amount: '104.90',
    currencyCode: 'EUR',
    provider: 'stripe',
    token,
    description: 'x',
  });

describe('Stripe adapter', () => {
  it('creates and confirms a PaymentIntent in minor units, keyed by the attempt', async () => {
    const before = primary.charges;
    const id = attemptId();
    const result = await stripeAt(primary).charge(request('pm_card_visa', id), signal());
    expect(result).toMatchObject({ status: 'succeeded', reference: expect.stringMatching(/^pi_/) });
    const intent = primary.intents.get((result as { reference: string }).reference)!;
    expect(intent).toMatchObject({
      amount: 10490,
      currency: 'eur',
      status: 'succeeded',
      payment_method: 'pm_card_visa',
      metadata: { attempt_id: id },
    });
    expect(primary.charges).toBe(before + 1);
  });

  it('turns a card decline into a declined answer', async () => {
    for (const token of ['tok_chargeDeclined', 'pm_card_chargeDeclined']) {
      expect(await stripeAt(primary).charge(request(token), signal())).toEqual({
        status: 'declined',
        message: 'Your card was declined.',
      });
    }
    expect(await stripeAt(primary).charge(request('card_4242'), signal())).toEqual({
      status: 'declined',
      message: 'The payment method was not accepted.',
    });
  });

  it('replays one PaymentIntent for 20 parallel identical calls: ONE charge at the provider', async () => {
    const before = primary.charges;
    const provider = stripeAt(primary);
    const same = request('pm_card_visa');
    const results = await Promise.all(Array.from({ length: 20 }, () => provider.charge(same, signal())));
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    expect(results[0]).toMatchObject({ status: 'succeeded' });
    expect(primary.charges).toBe(before + 1);
  });

  it('looks an attempt up without charging, and voids it by refund once, however often asked', async () => {
    const provider = stripeAt(primary);
    const id = attemptId();
    expect(await provider.lookup(id, signal())).toBe('unknown');
    const charged = primary.charges;
    await provider.charge(request('pm_card_visa', id), signal());
    expect(await provider.lookup(id, signal())).toBe('succeeded');
    await provider.void(id, undefined, signal());
    await provider.void(id, undefined, signal());
    const refunds = primary.refunds.filter(
      (refund) => primary.intents.get(refund.payment_intent)?.metadata.attempt_id === id,
    );
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.amount).toBe(10490);
    expect(primary.charges).toBe(charged + 1);
  });

  it('voids an unconfirmed intent by cancelling it, and a declined attempt looks failed', async () => {
    const provider = stripeAt(primary);
    const id = attemptId();
    await provider.charge(request('pm_card_chargeDeclined', id), signal());
    expect(await provider.lookup(id, signal())).toBe('failed');
    await provider.void(id, undefined, signal());
    const intent = [...primary.intents.values()].find((candidate) => candidate.metadata.attempt_id === id)!;
    expect(intent.status).toBe('canceled');
    expect(await provider.lookup(id, signal())).toBe('failed');
  });

  it('throws on a Stripe outage (500) so the router can fail over', async () => {
    primary.setFault('error');
    await expect(stripeAt(primary).charge(request('pm_card_visa'), signal())).rejects.toThrow();
  });
});

describe('router over two Stripe accounts', () => {
  it('fails over from a primary answering 500 to the secondary', async () => {
    primary.setFault('error');
    const { payments, uncertain } = routerOver([primary, secondary]);
    const id = attemptId();
    const outcome = await chargeThrough(payments, 'pm_card_visa', id);
    expect(outcome).toMatchObject({ status: 'succeeded', providerId: 'stripe-secondary' });
    expect(uncertain).toEqual([{ providerId: 'stripe', attemptId: id }]);
  });

  it('fails over from a hanging primary within a bounded time', async () => {
    primary.setFault('hang');
    const { payments } = routerOver([primary, secondary]);
    const started = Date.now();
    expect(await chargeThrough(payments, 'pm_card_visa')).toMatchObject({ providerId: 'stripe-secondary' });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 3_000); // room for a loaded CI machine
  });

  it('voids a charge whose answer was lost, at the instance that made it', async () => {
    primary.setFault('lose-response');
    const { payments } = routerOver([primary, secondary]);
    const id = attemptId();
    expect(await chargeThrough(payments, 'pm_card_visa', id)).toMatchObject({ providerId: 'stripe-secondary' });
    primary.setFault('none');
    const lost = [...primary.intents.values()].find((intent) => intent.metadata.attempt_id === id)!;
    expect(lost.status).toBe('succeeded'); // charged at the primary, answer never came
    await vi.waitFor(() => expect(primary.refunds.some((refund) => refund.payment_intent === lost.id)).toBe(true), {
      timeout: 3_000,
    });
  });

  it('answers unavailable with no instance left, and a decline does not fail over', async () => {
    primary.setFault('error');
    secondary.setFault('hang');
    const { payments } = routerOver([primary, secondary]);
    expect(await chargeThrough(payments, 'pm_card_visa')).toEqual({ status: 'unavailable' });
    primary.setFault('none');
    secondary.setFault('none');
    const secondaryRequests = secondary.requests;
    expect(await chargeThrough(payments, 'tok_chargeDeclined')).toMatchObject({
      status: 'declined',
      providerId: 'stripe',
    });
    expect(secondary.requests).toBe(secondaryRequests);
  });

  it('opens the breaker after N failures: the primary is not called again until half-open', async () => {
    primary.setFault('error');
    const { payments } = routerOver([primary, secondary], 3);
    for (let i = 0; i < 3; i++) await chargeThrough(payments, 'pm_card_visa');
    const calls = primary.chargeRequests;
    for (let i = 0; i < 5; i++)
      expect(await chargeThrough(payments, 'pm_card_visa')).toMatchObject({ providerId: 'stripe-secondary' });
    expect(primary.chargeRequests).toBe(calls);
  });
});
