import type { Ports } from './api-child.js';
import { CONNECTIONS, positiveInteger, SECONDS, WARMUP_SECONDS } from './settings.js';

/** The bench's own API child (throw-away database); apart from `npm start`, e2e and the other benches. */
export const API_PORTS: Ports = {
  gateway: 4130,
  catalog: 4131,
  inventory: 4132,
  customers: 4133,
  cart: 4134,
  checkout: 4135,
  admin: 4139,
};

/**
 * Shoppers in flight at once, and pgbench's client count: the same, so the ratio compares the
 * same concurrency against the same PostgreSQL.
 */
export const SHOPPERS_AT_ONCE = CONNECTIONS;

/** Flash sale: units of the one contended variant, and shoppers who want one each (many more than units). */
export const FLASH_STOCK = positiveInteger('BENCH_FLASH_STOCK', 100);
export const FLASH_SHOPPERS = positiveInteger('BENCH_FLASH_SHOPPERS', 5 * FLASH_STOCK);
/** The sale stops admitting shoppers after this long, however many are left (the run stays bounded). */
export const FLASH_MAX_SECONDS = positiveInteger('BENCH_FLASH_MAX_SECONDS', 120);

/** Spread: shoppers buy one unit of a variant picked at random among these, each stocked well beyond the run. */
export const SPREAD_VARIANTS = positiveInteger('BENCH_SPREAD_VARIANTS', 200);
export const SPREAD_STOCK = 10_000;

/** Carts the cart-mutation scenario rotates over (one line each, added to and set back). */
export const MUTATION_CARTS = 5 * SHOPPERS_AT_ONCE;

/** pgbench's scratch database: `pgbench -i -s SCALE` (10 = 1M accounts, 10 branches; about 4 s here). */
export const PGBENCH_SCALE = positiveInteger('BENCH_PGBENCH_SCALE', 10);
export const PGBENCH_SECONDS = SECONDS;

/** What a shopper sends: the test provider approves `tok_approve…`, and an address in a country with a tax rate. */
export const PAYMENT = { provider: 'test', token: 'tok_approve_bench' } as const;
export const SHIPPING_RATE = 'standard';
export const ADDRESS = {
  firstName: 'Bench',
  lastName: 'Shopper',
  address1: 'Unter den Linden 1',
  city: 'Berlin',
  zip: '10117',
  countryCode: 'DE',
} as const;

/**
 * What the API child needs beyond bench/lib/api-child.ts's production settings: the test payment
 * provider (production refuses it unless asked explicitly), and budgets for cart and checkout
 * mutations that the bench's own traffic, all from 127.0.0.1, cannot exhaust.
 */
export const API_ENV: Record<string, string> = {
  PAYMENT_PROVIDERS: 'test',
  PAYMENT_ALLOW_TEST_PROVIDER: 'on',
  MUTATION_RATE_LIMIT: '1000000000',
};

/**
 * Hard stop: pgbench (init + run), seeding and start-up (a minute or more on a busy 2-core
 * machine), warm-up, the sale, two windows, drains, checks and slack.
 */
export const CHECKOUT_DEADLINE_MS = (300 + PGBENCH_SECONDS + FLASH_MAX_SECONDS + 3 * (WARMUP_SECONDS + SECONDS)) * 1000;
