import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServiceServer, type ServiceServer } from '../../../platform/http/service-server.js';
import { createStripeWebhookHandler, type StripePaymentEvent } from './stripe-webhook.js';

const PRIMARY_SECRET = 'whsec_primary_0123456789abcdef';
const SECONDARY_SECRET = 'whsec_secondary_0123456789abcdef';

let server: ServiceServer;
const received: StripePaymentEvent[] = [];
let failNext = false;
beforeAll(async () => {
  server = await startServiceServer({
    name: 'webhook-test',
    port: 0,
    routes: {
      '/webhooks/stripe': createStripeWebhookHandler({
        stripe: [
          { id: 'stripe', webhookSecret: PRIMARY_SECRET },
          { id: 'stripe-secondary', webhookSecret: SECONDARY_SECRET },
        ],
        onPaymentEvent: async (event) => {
          if (failNext) {
            failNext = false;
            throw new Error('database unavailable');
          }
          received.push(event);
        },
      }),
    },
  });
});
afterAll(() => server.drain());
beforeEach(() => {
  received.length = 0;
});

const event = (type: string, attemptId: string | null = 'att_1') =>
  JSON.stringify({
    id: 'evt_1',
    object: 'event',
    type,
    data: { object: { id: 'pi_1', object: 'payment_intent', metadata: attemptId ? { attempt_id: attemptId } : {} } },
  });

async function post(body: string, signature: string | null) {
  const response = await fetch(`${server.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body,
  });
  return response.status;
}
const sign = (payload: string, secret = PRIMARY_SECRET, timestamp?: number) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });

describe('POST /webhooks/stripe', () => {
  it('accepts a signed payment_intent.succeeded and names the attempt and instance', async () => {
    const body = event('payment_intent.succeeded');
    expect(await post(body, sign(body))).toBe(200);
    expect(received).toEqual([{ providerId: 'stripe', attemptId: 'att_1', outcome: 'succeeded' }]);
  });

  it('tells the instances apart by their secrets', async () => {
    const body = event('payment_intent.payment_failed', 'att_2');
    expect(await post(body, sign(body, SECONDARY_SECRET))).toBe(200);
    expect(received).toEqual([{ providerId: 'stripe-secondary', attemptId: 'att_2', outcome: 'failed' }]);
  });

  it('refuses a wrong secret, a tampered body, an old signature and a missing header with 400', async () => {
    const body = event('payment_intent.succeeded');
    expect(await post(body, sign(body, 'whsec_someone_else'))).toBe(400);
    expect(await post(event('payment_intent.succeeded', 'att_evil'), sign(body))).toBe(400);
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    expect(await post(body, sign(body, PRIMARY_SECRET, hourAgo))).toBe(400);
    expect(await post(body, null)).toBe(400);
    expect(received).toEqual([]);
  });

  it('acknowledges other events and events of other integrations without acting', async () => {
    const other = event('charge.refunded');
    expect(await post(other, sign(other))).toBe(200);
    const foreign = event('payment_intent.succeeded', null);
    expect(await post(foreign, sign(foreign))).toBe(200);
    expect(received).toEqual([]);
  });

  it('answers 500 when the event could not be handled, so Stripe sends it again', async () => {
    const body = event('payment_intent.succeeded', 'att_3');
    failNext = true;
    expect(await post(body, sign(body))).toBe(500);
    expect(await post(body, sign(body))).toBe(200);
    expect(received).toEqual([{ providerId: 'stripe', attemptId: 'att_3', outcome: 'succeeded' }]);
  });

  it('answers only POST', async () => {
    expect((await fetch(`${server.url}/webhooks/stripe`)).status).toBe(405);
  });
});
