// Attack benchmark: shoppers load the listing through the gateway, first alone and then while an
// attacker sends the hostile requests of issue 8 in a loop (lib/attacks.ts); prints the shoppers'
// p99 in both windows and their ratio (the goal is under 1.2). Run from the repo root:
// `npm run bench:attack`. See bench/README.md.
import { randomBytes } from 'node:crypto';
import { fixed, table } from '@commerce/devtools/table';
import { startApi } from './lib/api-child.js';
import { prepareDatabase } from './lib/database.js';
import { discoverHandles } from './lib/discover.js';
import { body } from './lib/graphql.js';
import { ATTACKS } from './lib/attacks.js';
import { LISTING_QUERY } from './lib/queries.js';
import { runScenario, type ScenarioResult } from './lib/run-scenario.js';
import { verifyAndCount } from './lib/sequential-check.js';
import { DEADLINE_MS, SECONDS } from './lib/settings.js';
import { abort, runBench } from './lib/teardown.js';

const PORTS = {
  gateway: 4120,
  catalog: 4121,
  inventory: 4122,
  customers: 4123,
  cart: 4124,
  checkout: 4125,
  admin: 4129,
} as const;
/**
 * Concurrent attack loops, and the addresses they rotate over: one client by default (issue 8);
 * BENCH_ATTACKERS=5000 plays a botnet, which the per-client budgets cannot stop by themselves.
 */
const ATTACK_LOOPS = 4;
const ATTACKER_ADDRESSES = Number(process.env.BENCH_ATTACKERS ?? 1);
/** Shoppers are many addresses too, as behind a real edge. */
const SHOPPER_ADDRESSES = 2_000;

const randomAddress = (prefix: string) => `${prefix}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const pool = (prefix: string, size: number) => Array.from({ length: size }, () => randomAddress(prefix));

interface AttackTally {
  sent: number;
  byStatus: Record<string, number>;
  slowestMs: number;
}

/** Sends the attacks round-robin from ATTACK_LOOPS loops until `stop` resolves. */
async function attack(gatewayUrl: string, stop: Promise<void>): Promise<AttackTally> {
  const tally: AttackTally = { sent: 0, byStatus: {}, slowestMs: 0 };
  const addresses = pool('203.0', ATTACKER_ADDRESSES);
  let stopped = false;
  void stop.then(() => (stopped = true));
  let next = 0;
  const loop = async () => {
    while (!stopped) {
      const attack = ATTACKS[next % ATTACKS.length]!;
      const from = addresses[next++ % addresses.length]!;
      const started = performance.now();
      let status = 'error';
      try {
        const response = await fetch(`${gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': from },
          body: attack.body,
          signal: AbortSignal.timeout(10_000),
        });
        const text = await response.text();
        // Refused: a 4xx, or GraphQL errors with no data; its code tells which limit said no.
        let code = '';
        try {
          const parsed = JSON.parse(text) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
          code = parsed.data == null ? (parsed.errors?.[0]?.extensions?.code ?? '') : 'SERVED';
        } catch {
          code = 'not JSON';
        }
        status = `${response.status} ${code}`.trim();
      } catch {
        // counted as 'error'
      }
      tally.sent += 1;
      tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
      tally.slowestMs = Math.max(tally.slowestMs, performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: ATTACK_LOOPS }, loop));
  return tally;
}

function row(result: ScenarioResult): string[] {
  const { p50, p99 } = result.latencyMs;
  return [
    result.name,
    fixed(result.requestsPerSecond),
    fixed(p50, 0),
    fixed(p99, 0),
    String(result.errors + result.non2xx + result.graphqlErrorResponses),
  ];
}

async function main(): Promise<number> {
  const deadline = setTimeout(() => abort(`deadline of ${DEADLINE_MS / 1000}s exceeded`, 124), DEADLINE_MS);
  deadline.unref();
  const database = await prepareDatabase();
  // Production settings with the default budgets; the gateway believes X-Forwarded-For from the
  // bench itself, as it would from an edge, so each client has an address of its own.
  const api = await startApi('attack', database.url, PORTS, {
    TRUSTED_PROXIES: '127.0.0.1',
    RATE_LIMIT_REQUESTS: '600',
    RATE_LIMIT_COST: '300000',
  });
  const { collection } = await discoverHandles(api.gatewayUrl, 1);
  const listing = [body(LISTING_QUERY, { handle: collection.handle })];
  const check = await verifyAndCount(api, listing, 3);
  const shoppers = pool('198.18', SHOPPER_ADDRESSES);
  let shopper = 0;
  const spread = () => ({ 'x-forwarded-for': shoppers[shopper++ % shoppers.length]! });

  const quiet = await runScenario(api, 'listing, no attacker', listing, check.sqlPerRequest, { headersFor: spread });
  let release = () => {};
  const stop = new Promise<void>((resolve) => (release = resolve));
  const attacker = attack(api.gatewayUrl, stop);
  const attacked = await runScenario(api, 'listing, under attack', listing, check.sqlPerRequest, {
    headersFor: spread,
  });
  release();
  const tally = await attacker;
  await api.stop();

  const ratio = attacked.latencyMs.p99 / quiet.latencyMs.p99;
  console.log(
    `\nShoppers: the 24-product listing, 20 connections, ${SECONDS} s windows, ${SHOPPER_ADDRESSES} client addresses`,
  );
  console.log(table([['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors'], row(quiet), row(attacked)]));
  console.log(
    `\nAttacker: ${ATTACK_LOOPS} loops over ${ATTACKS.length} attacks from ${ATTACKER_ADDRESSES} addresses: ${tally.sent} requests, ` +
      `by status ${JSON.stringify(tally.byStatus)}, slowest answer ${tally.slowestMs.toFixed(0)} ms`,
  );
  console.log(`Shoppers' p99 under attack vs without: ${ratio.toFixed(2)}x (goal: under 1.20)`);
  const shopperFailures = [quiet, attacked].some(
    (r) => r.errors + r.non2xx + r.graphqlErrorResponses > 0 || r.requestsCompleted === 0,
  );
  const attackServed = Object.keys(tally.byStatus).some((status) => status.endsWith('SERVED'));
  if (shopperFailures) console.log('FAILED: shoppers got errors');
  if (attackServed) console.log('FAILED: an attack was served');
  return shopperFailures || attackServed ? 1 : 0;
}

await runBench(main);
