import Stripe from 'stripe';
import type { StripeSettings } from './config.js';
import type { LookupStatus, PaymentProvider, ProviderChargeRequest, ProviderChargeResult } from './provider.js';

// Stripe keeps the attempt id on the PaymentIntent, so lookup and void can find it without
// having stored its id (a crash between charge and order leaves only the attempt id).
const ATTEMPT_KEY = 'attempt_id';

/** The Stripe client for one instance; API_BASE points it at a local fake in tests. */
export function createStripeClient(settings: StripeSettings, timeoutMs: number): Stripe {
  const base = settings.apiBase ? new URL(settings.apiBase) : null;
  return new Stripe(settings.secretKey, {
    // The router owns retries (none for a charge on the same instance) and the deadline.
    maxNetworkRetries: 0,
    timeout: timeoutMs,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'http:' ? 80 : 443),
          protocol: base.protocol === 'http:' ? 'http' : 'https',
        }
      : {}),
  });
}

/**
 * Stripe PaymentIntents, created and confirmed in one call with automatic capture. The
 * idempotency key is the attempt id: a repeated call (ours, or a client's retry) gets the same
 * PaymentIntent, never a second charge.
 */
export function createStripeProvider(settings: StripeSettings, timeoutMs: number): PaymentProvider {
  const stripe = createStripeClient(settings, timeoutMs);

  async function findIntent(attemptId: string, reference: string | undefined): Promise<Stripe.PaymentIntent | null> {
    if (reference) return stripe.paymentIntents.retrieve(reference);
    // Search is eventually consistent (Stripe: usually within a minute): an intent made moments
    // ago may be missing, which is why the router queues its voids for later.
    const found = await stripe.paymentIntents.search({ query: `metadata['${ATTEMPT_KEY}']:'${quote(attemptId)}'` });
    return found.data[0] ?? null;
  }

  return {
    id: settings.id,
    kind: 'stripe',

    async charge(request: ProviderChargeRequest): Promise<ProviderChargeResult> {
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount: request.amountMinor,
            currency: request.currencyCode.toLowerCase(),
            payment_method: request.token,
            confirm: true,
            capture_method: 'automatic',
            // A server-side confirmation cannot follow a redirect; such methods are declined.
            automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
            description: request.description,
            metadata: { [ATTEMPT_KEY]: request.attemptId },
          },
          { idempotencyKey: request.attemptId },
        );
        if (intent.status === 'succeeded') return { status: 'succeeded', reference: intent.id };
        if (intent.status === 'requires_action' || intent.status === 'requires_payment_method')
          return { status: 'declined', message: 'The card needs an authentication this checkout cannot do.' };
        // processing, requires_capture…: not a definite answer; the router voids it.
        throw new Error(`PaymentIntent ${intent.id} is ${intent.status}`);
      } catch (error) {
        // A decline (402 card_error) is an answer; so is a request Stripe refuses for the token's
        // sake (no such payment method). Anything else (5xx, network, auth, rate limit) fails over.
        if (error instanceof Stripe.errors.StripeCardError)
          return { status: 'declined', message: shopperMessage(error) };
        if (error instanceof Stripe.errors.StripeInvalidRequestError && error.param === 'payment_method')
          return { status: 'declined', message: 'The payment method was not accepted.' };
        throw error;
      }
    },

    async lookup(attemptId: string): Promise<LookupStatus> {
      const intent = await findIntent(attemptId, undefined);
      if (!intent) return 'unknown';
      if (intent.status === 'succeeded') return 'succeeded';
      if (intent.status === 'canceled' || intent.status === 'requires_payment_method') return 'failed';
      return 'unknown';
    },

    async void(attemptId: string, reference: string | undefined): Promise<void> {
      const intent = await findIntent(attemptId, reference);
      if (!intent || intent.status === 'canceled') return;
      if (intent.status === 'succeeded') {
        // Captured: refund it; the key makes a repeated void the same refund.
        try {
          await stripe.refunds.create({ payment_intent: intent.id }, { idempotencyKey: `void:${attemptId}` });
        } catch (error) {
          if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'charge_already_refunded')
            return;
          throw error;
        }
        return;
      }
      await stripe.paymentIntents.cancel(intent.id, {}, { idempotencyKey: `void:${attemptId}` });
    },
  };
}

// The client prefixes its messages with the request id ("[req_…] Your card was declined."): the
// shopper sees Stripe's own sentence, which its docs say is safe to show.
function shopperMessage(error: InstanceType<typeof Stripe.errors.StripeError>): string {
  const raw = error.raw as { message?: unknown } | undefined;
  return typeof raw?.message === 'string' && raw.message ? raw.message : 'The card was declined.';
}

// Stripe's search language quotes with single quotes and escapes them with a backslash.
function quote(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}
