import { positiveInteger, positiveNumber } from './settings.js';

/** The stateless services the rolling deploy runs twice, each behind an HAProxy frontend. */
export const SERVICES = ['gateway', 'catalog', 'inventory', 'customers', 'cart', 'checkout', 'content'] as const;
export type RollingService = (typeof SERVICES)[number];
export type Slot = 'a' | 'b';

/** HAProxy's frontend per service: what clients (gateway frontend) and gateways (subgraphs) call. */
export const FRONTEND_PORTS: Record<RollingService, number> = {
  gateway: 4700,
  catalog: 4701,
  inventory: 4702,
  customers: 4703,
  cart: 4704,
  checkout: 4705,
  content: 4706,
};

/** Instance ports: 4710 + 2 × index (+1 for slot b); admin /metrics ports 4730 + the same offset. */
export function instancePorts(service: RollingService | 'worker', slot: Slot): { port: number; admin: number } {
  const index = service === 'worker' ? SERVICES.length : SERVICES.indexOf(service);
  const offset = 2 * index + (slot === 'b' ? 1 : 0);
  return { port: 4710 + offset, admin: 4730 + offset };
}

/** HAProxy's stats page (the servers' states, as CSV). */
export const STATS_PORT = 4708;

export const ALL_PORTS = [
  STATS_PORT,
  ...Object.values(FRONTEND_PORTS),
  ...[...SERVICES, 'worker' as const].flatMap((service) =>
    (['a', 'b'] as const).flatMap((slot) => Object.values(instancePorts(service, slot))),
  ),
];

/** Browsing connections (listing, product, search) and guest shoppers (cart → checkout → order) at once. */
export const BROWSERS = positiveInteger('ROLLING_BROWSERS', 12);
export const SHOPPERS = positiveInteger('ROLLING_SHOPPERS', 4);
/** Load alone before the first restart, and between the phases (a baseline window). */
export const STEADY_SECONDS = positiveNumber('ROLLING_STEADY_SECONDS', 10);
/** How long a killed domain stays dead while the load runs on. */
export const KILLED_SECONDS = positiveNumber('ROLLING_KILLED_SECONDS', 15);
/** Variants the shoppers buy, each stocked far beyond the run. */
export const SHOP_VARIANTS = 50;
export const SHOP_STOCK = 100_000;
/**
 * Hard stop for the whole run: seed, 15 start-ups, 15 restarts, two kill phases, slack. A start
 * under the load took up to a minute on a busy 2-core machine (tsx compiles the API each time).
 */
export const ROLLING_DEADLINE_MS = positiveNumber('ROLLING_DEADLINE_SECONDS', 2_400) * 1000;
/** Throw-away database name prefix (`<prefix>_<timestamp>`). */
export const DATABASE_PREFIX = process.env.BENCH_DATABASE_PREFIX ?? 'commerce_rolling';
/**
 * The tree the instances run `apps/api/src/main.ts` from (default: this checkout). Another tree
 * (a release's checkout with its node_modules) keeps edits made here during the run out of the
 * instances that restart: each restart starts whatever code is there at that moment.
 */
export const API_ROOT = process.env.ROLLING_API_ROOT;
