import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Stripe API, for tests: the PaymentIntent endpoints the adapter uses,
 * with Stripe's documented JSON shapes, error format and idempotency (a key's first response is
 * replayed for the same request, a different request with the key is refused), plus faults a
 * test can switch on. Plain node:http; nothing leaves the machine.
 */

export type FakeStripeFault =
  | 'none'
  /** Every API call answers 500 api_error, before doing anything. */
  | 'error'
  /** Every API call is held open without an answer (until close()). */
  | 'hang'
  /** Payment intents are created (and charged) but the answer never comes: the uncertain case. */
  | 'lose-response';

export interface FakePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: 'succeeded' | 'requires_payment_method' | 'canceled';
  capture_method: 'automatic';
  confirmation_method: 'automatic';
  client_secret: string;
  created: number;
  description: string | null;
  metadata: Record<string, string>;
  payment_method: string | null;
  latest_charge: string | null;
  last_payment_error: Record<string, unknown> | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  livemode: false;
}

export interface FakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  charge: string | null;
  status: 'succeeded';
  created: number;
}

export interface FakeStripe {
  url: string;
  secretKey: string;
  intents: Map<string, FakePaymentIntent>;
  refunds: FakeRefund[];
  /** Cards charged: PaymentIntents that succeeded when created (replays are not charges). */
  readonly charges: number;
  /** Requests received, replays and faults included. */
  readonly requests: number;
  /** POST /v1/payment_intents received (charge attempts), replays and faults included. */
  readonly chargeRequests: number;
  setFault(fault: FakeStripeFault): void;
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown };
type Stored = { request: string; answer: Answer };

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;
const now = () => Math.floor(Date.now() / 1000);
const DECLINED = /chargeDeclined/;

function stripeError(status: number, error: Record<string, unknown>): Answer {
  return { status, body: { error: { doc_url: `https://stripe.com/docs/error-codes/${error.code ?? ''}`, ...error } } };
}

export async function startFakeStripe(options: { secretKey?: string } = {}): Promise<FakeStripe> {
  const secretKey = options.secretKey ?? `sk_test_${randomBytes(12).toString('hex')}`;
  const intents = new Map<string, FakePaymentIntent>();
  const refunds: FakeRefund[] = [];
  const idempotency = new Map<string, Stored>();
  let fault: FakeStripeFault = 'none';
  let charges = 0;
  let requests = 0;
  let chargeRequests = 0;

  function createIntent(form: URLSearchParams): Answer {
    const amount = Number(form.get('amount'));
    const currency = form.get('currency');
    if (!Number.isInteger(amount) || amount < 1)
      return stripeError(400, {
        type: 'invalid_request_error',
        code: 'parameter_invalid_integer',
        param: 'amount',
        message: 'Invalid integer: amount',
      });
    if (!currency)
      return stripeError(400, {
        type: 'invalid_request_error',
        code: 'parameter_missing',
        param: 'currency',
        message: 'Missing required param: currency.',
      });
    const paymentMethod = form.get('payment_method');
    if (paymentMethod !== null && !/^(pm|tok)_/.test(paymentMethod))
      return stripeError(400, {
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: 'payment_method',
        message: `No such PaymentMethod: '${paymentMethod}'`,
      });
    const metadata: Record<string, string> = {};
    for (const [key, value] of form) {
      const match = /^metadata\[(.+)\]$/.exec(key);
      if (match) metadata[match[1]!] = value;
    }
    const intent: FakePaymentIntent = {
      id: id('pi'),
      object: 'payment_intent',
      amount,
      amount_received: 0,
      currency,
      status: 'requires_payment_method',
      capture_method: 'automatic',
      confirmation_method: 'automatic',
      client_secret: `${id('pi')}_secret_${randomBytes(8).toString('hex')}`,
      created: now(),
      description: form.get('description'),
      metadata,
      payment_method: paymentMethod,
      latest_charge: null,
      last_payment_error: null,
      canceled_at: null,
      cancellation_reason: null,
      livemode: false,
    };
    intents.set(intent.id, intent);
    if (form.get('confirm') !== 'true' || !paymentMethod) return { status: 200, body: intent };
    if (DECLINED.test(paymentMethod)) {
      const error = {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      };
      intent.last_payment_error = error;
      intent.latest_charge = id('ch');
      return stripeError(402, { ...error, payment_intent: intent, charge: intent.latest_charge });
    }
    intent.status = 'succeeded';
    intent.amount_received = amount;
    intent.latest_charge = id('ch');
    charges += 1;
    return { status: 200, body: intent };
  }

  function missing(kind: string, value: string): Answer {
    return stripeError(404, {
      type: 'invalid_request_error',
      code: 'resource_missing',
      param: 'id',
      message: `No such ${kind}: '${value}'`,
    });
  }

  function cancelIntent(intentId: string): Answer {
    const intent = intents.get(intentId);
    if (!intent) return missing('payment_intent', intentId);
    if (intent.status === 'succeeded' || intent.status === 'canceled')
      return stripeError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
        payment_intent: intent,
      });
    intent.status = 'canceled';
    intent.canceled_at = now();
    intent.cancellation_reason = 'requested_by_customer';
    return { status: 200, body: intent };
  }

  function refund(form: URLSearchParams): Answer {
    const intentId = form.get('payment_intent') ?? '';
    const intent = intents.get(intentId);
    if (!intent) return missing('payment_intent', intentId);
    if (intent.status !== 'succeeded')
      return stripeError(400, {
        type: 'invalid_request_error',
        code: 'charge_not_refundable',
        message: 'This PaymentIntent does not have a successful charge to refund.',
      });
    const refunded = refunds.filter((r) => r.payment_intent === intentId).reduce((sum, r) => sum + r.amount, 0);
    if (refunded >= intent.amount_received)
      return stripeError(400, {
        type: 'invalid_request_error',
        code: 'charge_already_refunded',
        message: `Charge ${intent.latest_charge} has already been refunded.`,
      });
    const created: FakeRefund = {
      id: id('re'),
      object: 'refund',
      amount: intent.amount_received - refunded,
      currency: intent.currency,
      payment_intent: intentId,
      charge: intent.latest_charge,
      status: 'succeeded',
      created: now(),
    };
    refunds.push(created);
    return { status: 200, body: created };
  }

  function search(query: string): Answer {
    // The one query form the adapter sends: metadata['key']:'value'.
    const match = /^metadata\['([^']+)'\]:'((?:[^'\\]|\\.)*)'$/.exec(query);
    if (!match)
      return stripeError(400, {
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        param: 'query',
        message: 'Invalid search query.',
      });
    const [, key, raw] = match;
    const value = raw!.replace(/\\(.)/g, '$1');
    const data = [...intents.values()].filter((intent) => intent.metadata[key!] === value).reverse();
    return {
      status: 200,
      body: { object: 'search_result', url: '/v1/payment_intents/search', has_more: false, next_page: null, data },
    };
  }

  function route(method: string, path: string, form: URLSearchParams, query: URLSearchParams): Answer {
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(form);
    if (method === 'GET' && path === '/v1/payment_intents/search') return search(query.get('query') ?? '');
    const cancel = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path);
    if (method === 'POST' && cancel) return cancelIntent(cancel[1]!);
    const one = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === 'GET' && one) {
      const intent = intents.get(one[1]!);
      return intent ? { status: 200, body: intent } : missing('payment_intent', one[1]!);
    }
    if (method === 'POST' && path === '/v1/refunds') return refund(form);
    return stripeError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}).`,
    });
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === '/v1/payment_intents') chargeRequests += 1;
    const send = (answer: Answer, headers: Record<string, string> = {}) => {
      res.writeHead(answer.status, { 'content-type': 'application/json', 'request-id': id('req'), ...headers });
      res.end(JSON.stringify(answer.body));
    };
    if (fault === 'hang') return; // held open; close() cuts it
    if (fault === 'error') return send(stripeError(500, { type: 'api_error', message: 'An unknown error occurred.' }));
    if (req.headers.authorization !== `Bearer ${secretKey}`)
      return send(stripeError(401, { type: 'invalid_request_error', message: 'Invalid API Key provided.' }));

    const key = method === 'POST' ? req.headers['idempotency-key'] : undefined;
    const request = `${method} ${url.pathname} ${raw}`;
    if (typeof key === 'string') {
      const stored = idempotency.get(key);
      if (stored) {
        if (stored.request !== request)
          return send(
            stripeError(400, {
              type: 'idempotency_error',
              message:
                'Keys for idempotent requests can only be used with the same parameters they were first used with.',
            }),
          );
        return send(stored.answer, { 'idempotent-replayed': 'true', 'idempotency-key': key });
      }
    }
    // Synchronous from here to the store: two requests with one key never both run.
    const answer = route(method, url.pathname, new URLSearchParams(raw), url.searchParams);
    if (typeof key === 'string' && answer.status < 500) idempotency.set(key, { request, answer });
    if (fault === 'lose-response' && url.pathname === '/v1/payment_intents') return; // charged, never answered
    send(answer, typeof key === 'string' ? { 'idempotency-key': key } : {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    secretKey,
    intents,
    refunds,
    get charges() {
      return charges;
    },
    get requests() {
      return requests;
    },
    get chargeRequests() {
      return chargeRequests;
    },
    setFault(next) {
      fault = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
