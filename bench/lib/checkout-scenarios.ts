// The three measurements of bench/checkout.ts: a flash sale on one variant, shoppers spread over
// many variants, and cart edits on existing carts.
import type { ApiChild } from './api-child.js';
import { runTimed, runWorkers } from './checkout-load.js';
import { createTally, summarizeTally, type StepResult } from './checkout-requests.js';
import { FLASH_MAX_SECONDS, FLASH_SHOPPERS, MUTATION_CARTS, SHOPPERS_AT_ONCE } from './checkout-settings.js';
import {
  createMutationCart,
  createShopperSteps,
  editCart,
  runShopper,
  SOLD_OUT_OUTCOMES,
  type MutationCart,
  type Outcome,
} from './checkout-shopper.js';
import { SECONDS, WARMUP_SECONDS } from './settings.js';

export interface CheckoutScenarioResult {
  name: string;
  /** Shoppers whose visit began, and how each ended. */
  shoppers: number;
  outcomes: Record<Outcome, number>;
  /** Outcomes other than an order (and, in the flash sale, "sold out"): must be 0. */
  unexpectedOutcomes: number;
  /** Orders counted in `seconds`, per second. */
  orders: number;
  seconds: number;
  checkoutsPerSecond: number;
  /** What `seconds` is, for the report. */
  measuredOver: string;
  steps: StepResult[];
}

const tallyOutcome = (outcomes: Record<Outcome, number>, outcome: Outcome) =>
  (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1);

/**
 * FLASH_SHOPPERS shoppers, SHOPPERS_AT_ONCE at a time, each wanting one unit of the one variant.
 * The rate is the orders over the time from the first shopper to the last order (the sale's
 * length); shoppers after that are told "sold out", which is cheap and not what is measured.
 */
export async function runFlashSale(api: ApiChild, variantId: number): Promise<CheckoutScenarioResult> {
  console.error(
    `[bench] flash sale: ${FLASH_SHOPPERS} shoppers, ${SHOPPERS_AT_ONCE} at a time, for variant ${variantId}`,
  );
  const steps = createShopperSteps();
  const outcomes: Record<Outcome, number> = {};
  const started = performance.now();
  let lastOrderAt = started;
  let next = 0;
  await runWorkers(
    SHOPPERS_AT_ONCE,
    () => (next < FLASH_SHOPPERS && performance.now() - started < FLASH_MAX_SECONDS * 1000 ? next++ : null),
    async (shopper) => {
      const outcome = await runShopper(api.gatewayUrl, steps, variantId, shopper);
      tallyOutcome(outcomes, outcome);
      if (outcome === 'ordered') lastOrderAt = performance.now();
    },
  );
  const orders = outcomes.ordered ?? 0;
  const seconds = (lastOrderAt - started) / 1000;
  return {
    name: 'flash sale, 1 variant',
    shoppers: next,
    outcomes,
    unexpectedOutcomes: Object.entries(outcomes)
      .filter(([outcome]) => outcome !== 'ordered' && !SOLD_OUT_OUTCOMES.has(outcome))
      .reduce((sum, [, count]) => sum + count, 0),
    orders,
    seconds,
    checkoutsPerSecond: seconds > 0 ? orders / seconds : NaN,
    measuredOver: 'first shopper to last order',
    steps: Object.values(steps).map(summarizeTally),
  };
}

/** Shoppers without pause for WARMUP_SECONDS + SECONDS, each buying one unit of a variant picked at random. */
export async function runSpread(api: ApiChild, variantIds: number[]): Promise<CheckoutScenarioResult> {
  console.error(
    `[bench] spread: ${variantIds.length} variants, ${SHOPPERS_AT_ONCE} shoppers at a time, ${WARMUP_SECONDS}s warm-up + ${SECONDS}s measured`,
  );
  const steps = createShopperSteps();
  const outcomes: Record<Outcome, number> = {};
  let ordersInWindow = 0;
  const timed = await runTimed(
    Object.values(steps),
    SHOPPERS_AT_ONCE,
    { warmupSeconds: WARMUP_SECONDS, seconds: SECONDS },
    async (shopper, inWindow) => {
      const variantId = variantIds[Math.floor(Math.random() * variantIds.length)]!;
      const outcome = await runShopper(api.gatewayUrl, steps, variantId, shopper);
      tallyOutcome(outcomes, outcome);
      if (outcome === 'ordered' && inWindow()) ordersInWindow += 1;
    },
  );
  return {
    name: `spread, ${variantIds.length} variants`,
    shoppers: Object.values(outcomes).reduce((sum, count) => sum + count, 0),
    outcomes,
    unexpectedOutcomes: Object.entries(outcomes)
      .filter(([outcome]) => outcome !== 'ordered')
      .reduce((sum, [, count]) => sum + count, 0),
    orders: ordersInWindow,
    seconds: timed.windowSeconds,
    checkoutsPerSecond: ordersInWindow / timed.windowSeconds,
    measuredOver: `orders completed in the ${SECONDS}s window`,
    steps: Object.values(steps).map(summarizeTally),
  };
}

export interface CartMutationResult {
  name: string;
  carts: number;
  /** Edits (one add and one update) finished in the window, per second. */
  editsPerSecond: number;
  /** Edits refused with userErrors or failed: must be 0. */
  failedEdits: number;
  seconds: number;
  steps: StepResult[];
}

/** MUTATION_CARTS carts of one line each; then SHOPPERS_AT_ONCE workers edit them round-robin for the window. */
export async function runCartMutations(api: ApiChild, variantIds: number[]): Promise<CartMutationResult> {
  const setup = createTally('cartCreate (set-up)');
  const carts: MutationCart[] = [];
  let made = 0;
  await runWorkers(
    SHOPPERS_AT_ONCE,
    () => (made < MUTATION_CARTS ? made++ : null),
    async (i) => {
      const cart = await createMutationCart(api.gatewayUrl, setup, variantIds[i % variantIds.length]!);
      if (cart) carts.push(cart);
    },
  );
  if (carts.length < MUTATION_CARTS)
    throw new Error(
      `only ${carts.length} of ${MUTATION_CARTS} carts could be created: ${setup.firstProblem ?? JSON.stringify(setup.userErrors)}`,
    );
  console.error(
    `[bench] cart mutations: cartLinesAdd + cartLinesUpdate on ${carts.length} carts, ${SHOPPERS_AT_ONCE} at a time, ${WARMUP_SECONDS}s warm-up + ${SECONDS}s measured`,
  );
  const tallies = { add: createTally('cartLinesAdd'), update: createTally('cartLinesUpdate') };
  let edits = 0;
  let failedEdits = 0;
  const timed = await runTimed(
    [tallies.add, tallies.update],
    SHOPPERS_AT_ONCE,
    { warmupSeconds: WARMUP_SECONDS, seconds: SECONDS },
    async (i, inWindow) => {
      const ok = await editCart(api.gatewayUrl, tallies, carts[i % carts.length]!);
      if (!ok) failedEdits += 1;
      else if (inWindow()) edits += 1;
    },
  );
  return {
    name: 'cart mutations',
    carts: carts.length,
    editsPerSecond: edits / timed.windowSeconds,
    failedEdits,
    seconds: timed.windowSeconds,
    steps: [summarizeTally(setup), summarizeTally(tallies.add), summarizeTally(tallies.update)],
  };
}
