// The bounded load of the rolling deploy: browsers sending listings, product pages and searches,
// and guest shoppers going cart → checkout → order, all through the gateway's HAProxy frontend.
// Every request is kept (start, latency, outcome), so any window of the run can be counted later.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CART_CREATE, CHECKOUT_COMPLETE, CHECKOUT_START, CHECKOUT_UPDATE } from './checkout-operations.js';
import { ADDRESS, PAYMENT, SHIPPING_RATE } from './checkout-settings.js';
import { variantGid } from './checkout-shopper.js';
import { body, postGraphQL } from './graphql.js';

export interface Sample {
  kind: string;
  startedAt: number;
  ms: number;
  ok: boolean;
}

export interface Load {
  samples: Sample[];
  /** Orders the API confirmed to a shopper (id from the checkoutComplete answer). */
  placed: string[];
  /** The first few failures, with what came back. */
  problems: string[];
  stop(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 30_000;
/** The load's shoppers' addresses end in this, so their orders can be told from the probes'. */
export const LOAD_EMAIL_DOMAIN = 'rolling.bench.example.com';

/** One request; ok means HTTP 200, data, no `errors`, and (for a mutation) no userErrors. Null when nothing usable came back. */
async function send<T>(load: Internal, kind: string, payload: string, pick?: (data: T) => unknown): Promise<T | null> {
  const startedAt = Date.now();
  const started = performance.now();
  let problem: string | null = null;
  let data: T | null = null;
  try {
    const { status, json } = await postGraphQL<T>(load.url, payload, REQUEST_TIMEOUT_MS);
    if (status !== 200 || json.errors?.length || !json.data)
      problem = `HTTP ${status} ${JSON.stringify(json).slice(0, 300)}`;
    else {
      const payloadOf = pick?.(json.data) as { userErrors?: unknown[] } | null | undefined;
      if (pick && (!payloadOf || payloadOf.userErrors?.length))
        problem = `refused: ${JSON.stringify(payloadOf).slice(0, 300)}`;
      // A refusal is still an answer (counted as a failure): the caller reads its payload.
      data = json.data;
    }
  } catch (error) {
    problem = `transport: ${error instanceof Error ? error.message : String(error)}`;
  }
  load.samples.push({ kind, startedAt, ms: performance.now() - started, ok: problem === null });
  // The first of each kind of failure (a burst of identical 503s would hide the rest).
  const seen = problem && `${kind}: ${problem.replace(/\s+/g, ' ').slice(0, 160)}`;
  if (seen && load.problems.length < 20 && !load.problems.some((known) => known.endsWith(seen)))
    load.problems.push(`${new Date(startedAt).toISOString()} ${seen}`);
  return data;
}

type Internal = Load & { url: string; running: boolean };

async function browse(load: Internal, bodies: Array<{ kind: string; body: string }>, seed: number): Promise<void> {
  for (let i = seed; load.running; i += 7) {
    const request = bodies[i % bodies.length]!;
    await send(load, request.kind, request.body);
  }
}

type Payload<K extends string, V> = Record<K, { userErrors: unknown[] } & V>;

/** One guest buying one unit; stops at the first failed step (counted), as a shopper who gives up. */
async function shopOnce(load: Internal, variantId: number, shopper: string): Promise<void> {
  const created = await send<Payload<'cartCreate', { cart: { id: string } | null }>>(
    load,
    'cartCreate',
    body(CART_CREATE, { input: { lines: [{ merchandiseId: variantGid(variantId), quantity: 1 }] } }),
    (d) => d.cartCreate,
  );
  if (!created?.cartCreate.cart || created.cartCreate.userErrors.length) return;
  const started = await send<Payload<'checkoutStart', { checkout: { id: string } | null }>>(
    load,
    'checkoutStart',
    body(CHECKOUT_START, { cartId: created.cartCreate.cart.id }),
    (d) => d.checkoutStart,
  );
  const checkoutId = started?.checkoutStart.checkout?.id;
  if (!checkoutId || started.checkoutStart.userErrors.length) return;
  const updated = await send<Payload<'checkoutUpdate', { checkout: { ready: boolean } | null }>>(
    load,
    'checkoutUpdate',
    body(CHECKOUT_UPDATE, {
      checkoutId,
      input: { email: `${shopper}@${LOAD_EMAIL_DOMAIN}`, shippingAddress: ADDRESS, shippingRateHandle: SHIPPING_RATE },
    }),
    (d) => d.checkoutUpdate,
  );
  if (!updated?.checkoutUpdate.checkout?.ready || updated.checkoutUpdate.userErrors.length) return;
  // Without an answer the shopper cannot know whether it paid: it asks again with the same key,
  // as the storefront does, and the API answers a key it has seen with that order. Each failed
  // attempt still counts as a failed request.
  const payment = body(CHECKOUT_COMPLETE, { checkoutId, payment: PAYMENT, idempotencyKey: randomUUID() });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await sleep(1_000);
    const completed = await send<Payload<'checkoutComplete', { order: { id: string } | null }>>(
      load,
      'checkoutComplete',
      payment,
      (d) => d.checkoutComplete,
    );
    const order = completed?.checkoutComplete.order;
    if (order) {
      load.placed.push(order.id);
      return;
    }
    if (completed) return; // refused with a userError: an answer, asking again changes nothing
  }
}

async function shop(load: Internal, variantIds: number[], worker: number): Promise<void> {
  for (let visit = 0; load.running; visit++) {
    await shopOnce(load, variantIds[(worker * 13 + visit) % variantIds.length]!, `w${worker}-v${visit}`);
  }
}

/** Starts `browsers` + `shoppers` loops against `gatewayUrl`; they run until `stop()`, which waits for their last request. */
export function startLoad(options: {
  gatewayUrl: string;
  bodies: Array<{ kind: string; body: string }>;
  variantIds: number[];
  browsers: number;
  shoppers: number;
}): Load {
  const load: Internal = {
    url: options.gatewayUrl,
    running: true,
    samples: [],
    placed: [],
    problems: [],
    stop: async () => {
      load.running = false;
      await Promise.all(loops);
    },
  };
  const loops = [
    ...Array.from({ length: options.browsers }, (_, i) => browse(load, options.bodies, i * 31)),
    ...Array.from({ length: options.shoppers }, (_, i) => shop(load, options.variantIds, i)),
  ];
  return load;
}
