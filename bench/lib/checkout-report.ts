import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fixed, table } from '@commerce/devtools/table';
import { failedRequests, type StepResult } from './checkout-requests.js';
import type { CartMutationResult, CheckoutScenarioResult } from './checkout-scenarios.js';
import { FLASH_SHOPPERS, FLASH_STOCK, PGBENCH_SCALE, SHOPPERS_AT_ONCE, SPREAD_STOCK } from './checkout-settings.js';
import type { SalesCheck } from './checkout-stock.js';
import type { PgbenchResult } from './pgbench.js';
import { resultsFilePath } from './results-file.js';
import { SECONDS, WARMUP_SECONDS } from './settings.js';

/** Everything the stdout report and the results file are made from. */
export interface CheckoutRun {
  startedAt: Date;
  databaseName: string | null;
  loadAverage1m: { start: number; end: number };
  pgbench: PgbenchResult;
  contendedVariantId: number;
  spreadVariantIds: number[];
  flash: CheckoutScenarioResult;
  spread: CheckoutScenarioResult;
  cart: CartMutationResult;
  sales: SalesCheck;
  apiLog: string[];
  /** Why the exit code is 1; empty when the run passed. */
  failures: string[];
}

export const ratio = (checkoutsPerSecond: number, pgbench: PgbenchResult) => checkoutsPerSecond / pgbench.tps;

function stepRow(scenario: string, step: StepResult): string[] {
  const { p50, p90, p99, max } = step.latencyMs;
  const refused = Object.entries(step.userErrors)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  return [
    scenario,
    step.name,
    String(step.requests),
    fixed(p50, 0),
    fixed(p90, 0),
    fixed(p99, 0),
    fixed(max, 0),
    String(step.http5xx),
    String(step.graphqlErrors),
    String(failedRequests(step) - step.http5xx - step.graphqlErrors),
    refused || '-',
  ];
}

/** The figures on stdout: settings and machine, the headline table, each step's latencies, the stock check. */
export function printCheckoutReport(run: CheckoutRun): void {
  const { pgbench, flash, spread, cart, sales } = run;
  console.log('');
  console.log(
    `Checkout benchmark: ${SHOPPERS_AT_ONCE} shoppers at a time (pgbench: the same number of clients), NODE_ENV=production, ` +
      `guest shoppers buying 1 unit each with the test provider; ${WARMUP_SECONDS}s warm-up + ${SECONDS}s windows`,
  );
  console.log(
    `machine: ${availableParallelism()} CPUs, 1-min load average ${run.loadAverage1m.start.toFixed(2)} at start, ${run.loadAverage1m.end.toFixed(2)} at end`,
  );
  console.log(
    `flash sale: variant ${run.contendedVariantId}, stock ${FLASH_STOCK}, ${FLASH_SHOPPERS} shoppers; spread: ${run.spreadVariantIds.length} variants with ${SPREAD_STOCK} units each`,
  );
  console.log('');
  console.log(
    table([
      ['scenario', 'checkouts/s', 'orders', 'over', 'shoppers', 'outcomes', 'unexpected', '÷ pgbench tps'],
      ...[spread, flash].map((s) => [
        s.name,
        fixed(s.checkoutsPerSecond),
        String(s.orders),
        `${fixed(s.seconds)} s`,
        String(s.shoppers),
        Object.entries(s.outcomes)
          .map(([outcome, count]) => `${outcome} ${count}`)
          .join(', '),
        String(s.unexpectedOutcomes),
        fixed(ratio(s.checkoutsPerSecond, pgbench), 4),
      ]),
      [
        `pgbench tpcb-like, scale ${PGBENCH_SCALE}`,
        `${fixed(pgbench.tps)} tps`,
        String(pgbench.transactions),
        `${fixed(pgbench.seconds)} s`,
        `${pgbench.clients} clients`,
        `latency avg ${fixed(pgbench.latencyAverageMs, 1)} ms, failed ${pgbench.failedTransactions}`,
        '-',
        '1',
      ],
    ]),
  );
  console.log('');
  console.log(
    table([
      [
        'scenario',
        'step',
        'requests',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        '5xx',
        'gql errors',
        'other failures',
        'userErrors',
      ],
      ...spread.steps.map((step) => stepRow('spread', step)),
      ...flash.steps.map((step) => stepRow('flash sale', step)),
      ...cart.steps.map((step) => stepRow('cart mutations', step)),
    ]),
  );
  const add = cart.steps.find((s) => s.name === 'cartLinesAdd')!;
  const update = cart.steps.find((s) => s.name === 'cartLinesUpdate')!;
  console.log('');
  console.log(
    `Cart mutations on ${cart.carts} existing carts: p99 cartLinesAdd ${fixed(add.latencyMs.p99, 0)} ms, ` +
      `cartLinesUpdate ${fixed(update.latencyMs.p99, 0)} ms; ${fixed(cart.editsPerSecond)} edits/s (an add and an update each), ${cart.failedEdits} refused or failed`,
  );
  console.log(
    `Ratio to pgbench (${fixed(pgbench.tps)} tps): flash sale ${fixed(ratio(flash.checkoutsPerSecond, pgbench), 4)}, ` +
      `spread ${fixed(ratio(spread.checkoutsPerSecond, pgbench), 4)} checkouts per pgbench transaction`,
  );
  console.log(
    `Oversold: ${sales.oversold} (from the database: ${sales.orders} orders, ${sales.unitsSold} units; ` +
      `flash-sale variant sold ${sales.contended.sold} of ${FLASH_STOCK}, ${sales.contended.onHand} left on hand; ` +
      `stock mismatches ${sales.stockMismatches.length}; units still reserved ${sales.stillReserved})`,
  );
  const allSteps = [...flash.steps, ...spread.steps, ...cart.steps];
  console.log(
    `5xx: ${allSteps.reduce((sum, s) => sum + s.http5xx, 0)}, GraphQL errors: ${allSteps.reduce((sum, s) => sum + s.graphqlErrors, 0)}`,
  );
  for (const step of allSteps)
    if (step.firstProblem) console.log(`first problem in ${step.name}: ${step.firstProblem}`);
  if (run.apiLog.length)
    console.log(`the API wrote ${run.apiLog.length} warn/error lines (see [api:checkout] on stderr)`);
  console.log(
    run.failures.length ? `FAILED: ${run.failures.join('; ')}` : 'PASSED: nothing oversold, no 5xx, no GraphQL error',
  );
}

/** Writes the full figures to bench/results/checkout-<timestamp>.json and returns the file's path. */
export function writeCheckoutResults(run: CheckoutRun): string {
  const file = resultsFilePath('checkout', run.startedAt);
  const { apiLog, ...rest } = run;
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        benchmark: 'checkout',
        finishedAt: new Date().toISOString(),
        settings: {
          shoppersAtOnce: SHOPPERS_AT_ONCE,
          warmupSeconds: WARMUP_SECONDS,
          windowSeconds: SECONDS,
          flashStock: FLASH_STOCK,
          flashShoppers: FLASH_SHOPPERS,
          spreadStock: SPREAD_STOCK,
          pgbenchScale: PGBENCH_SCALE,
          dbPoolSize: process.env.DB_POOL_SIZE ?? 'default (10)',
          node: process.version,
          cpus: availableParallelism(),
        },
        ...rest,
        ratios: {
          flashSaleCheckoutsPerPgbenchTransaction: ratio(run.flash.checkoutsPerSecond, run.pgbench),
          spreadCheckoutsPerPgbenchTransaction: ratio(run.spread.checkoutsPerSecond, run.pgbench),
        },
        apiLogLines: apiLog.length,
        apiLog: apiLog.slice(0, 50),
      },
      null,
      2,
    )}\n`,
  );
  return file;
}
