import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import type { RouteHandler } from '../../../platform/http/service-server.js';
import { log } from '../../../platform/log.js';
import type { StripeSettings } from './config.js';

// Stripe's events are a few kilobytes; anything far larger is not from Stripe.
const MAX_BODY_BYTES = 256 * 1024;
// Stripe's own default: a signed event older than this is refused (replay protection).
const DEFAULT_TOLERANCE_SECONDS = 300;

export interface StripePaymentEvent {
  /** The instance whose webhook secret signed the event ('stripe', 'stripe-secondary'). */
  providerId: string;
  attemptId: string;
  outcome: 'succeeded' | 'failed';
}

const OUTCOMES: Record<string, StripePaymentEvent['outcome']> = {
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'failed',
};

/**
 * `POST /webhooks/stripe`: verifies the signature over the raw body with each configured
 * instance's secret (400 when none matches), and hands payment_intent.succeeded / payment_failed
 * of our attempts to `onPaymentEvent` (checkout: repair this attempt now). A handler failure
 * answers 500 so that Stripe delivers the event again; other events are acknowledged and ignored.
 */
export function createStripeWebhookHandler(options: {
  stripe: Pick<StripeSettings, 'id' | 'webhookSecret'>[];
  onPaymentEvent: (event: StripePaymentEvent) => Promise<void>;
  toleranceSeconds?: number;
}): RouteHandler {
  const endpoints = options.stripe.filter((settings) => settings.webhookSecret);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  return async (req, res) => {
    if (req.method !== 'POST') return json(res, 405, { error: 'POST only' });
    const signature = req.headers['stripe-signature'];
    if (typeof signature !== 'string') return json(res, 400, { error: 'Missing Stripe-Signature header.' });
    const raw = await readBody(req);
    if (!raw) return json(res, 413, { error: `The body is limited to ${MAX_BODY_BYTES} bytes.` });
    const verified = verify(raw, signature);
    if (!verified) {
      log.warn('refused a Stripe webhook with a bad signature');
      return json(res, 400, { error: 'The signature does not match.' });
    }
    const outcome = OUTCOMES[verified.event.type];
    const intent = verified.event.data.object as { metadata?: Record<string, string> | null };
    const attemptId = intent.metadata?.attempt_id;
    if (outcome && attemptId) {
      try {
        await options.onPaymentEvent({ providerId: verified.providerId, attemptId, outcome });
      } catch (error) {
        log.error('a Stripe payment event could not be handled; Stripe will send it again', {
          providerId: verified.providerId,
          attemptId,
          eventId: verified.event.id,
          error,
        });
        return json(res, 500, { error: 'Not handled; retry later.' });
      }
    }
    json(res, 200, { received: true });
  };

  function verify(raw: Buffer, signature: string): { providerId: string; event: Stripe.Event } | null {
    for (const endpoint of endpoints) {
      try {
        const event = Stripe.webhooks.constructEvent(raw, signature, endpoint.webhookSecret!, tolerance);
        return { providerId: endpoint.id, event };
      } catch {
        // Not this instance's secret (or tampered, or too old): try the next.
      }
    }
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
