// Checkout benchmark: pgbench's tpcb-like on the same PostgreSQL as the baseline, then the API as
// a child process on a throw-away database: guest shoppers (cart → checkout → details → payment)
// spread over many variants and racing for one variant in a flash sale, and cart edits on
// existing carts. Prints checkouts/s, p50/p99 per step, the ratio to pgbench's tps, and the
// oversold count read from the database (the run fails unless it, the 5xx and the GraphQL errors
// are 0). Run from the repo root: `npm run bench:checkout`. See bench/README.md.
import { loadavg } from 'node:os';
import { relative } from 'node:path';
import { startApi } from './lib/api-child.js';
import { printCheckoutReport, writeCheckoutResults, type CheckoutRun } from './lib/checkout-report.js';
import { failedRequests } from './lib/checkout-requests.js';
import { runCartMutations, runFlashSale, runSpread } from './lib/checkout-scenarios.js';
import {
  API_ENV,
  API_PORTS,
  CHECKOUT_DEADLINE_MS,
  FLASH_SHOPPERS,
  FLASH_STOCK,
  PGBENCH_SCALE,
  PGBENCH_SECONDS,
  SHOPPERS_AT_ONCE,
  SPREAD_STOCK,
  SPREAD_VARIANTS,
} from './lib/checkout-settings.js';
import { checkSales, pickVariants, setStock } from './lib/checkout-stock.js';
import { analyzeDatabase, prepareDatabase } from './lib/database.js';
import { runPgbench } from './lib/pgbench.js';
import { ROOT } from './lib/settings.js';
import { abort, runBench } from './lib/teardown.js';

async function main(): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadavg()[0]!;
  const deadline = setTimeout(
    () => abort(`deadline of ${CHECKOUT_DEADLINE_MS / 1000}s exceeded`, 124),
    CHECKOUT_DEADLINE_MS,
  );
  deadline.unref();

  // First, while nothing else of the bench runs: the database alone, at the shoppers' concurrency.
  const pgbench = await runPgbench({ scale: PGBENCH_SCALE, clients: SHOPPERS_AT_ONCE, seconds: PGBENCH_SECONDS });
  console.error(`[bench] pgbench: ${pgbench.tps.toFixed(1)} tps (${pgbench.version})`);

  const database = await prepareDatabase();
  console.error(`[bench] database: ${database.created ?? '(BENCH_DATABASE_URL)'}`);
  const [contendedVariantId, ...spreadVariantIds] = await pickVariants(database.url, 1 + SPREAD_VARIANTS);
  const stock = new Map([
    [contendedVariantId!, FLASH_STOCK],
    ...spreadVariantIds.map((id): [number, number] => [id, SPREAD_STOCK]),
  ]);
  const since = await setStock(database.url, stock);

  const api = await startApi('checkout', database.url, API_PORTS, API_ENV);
  await analyzeDatabase(database.url);

  // Spread first: its warm-up also warms the API (code paths, pools) for the sale.
  const spread = await runSpread(api, spreadVariantIds);
  const flash = await runFlashSale(api, contendedVariantId!);
  const cart = await runCartMutations(api, spreadVariantIds);
  await api.stop();

  // Read from the database once the API is gone, so nothing is in flight.
  const sales = await checkSales(database.url, stock, contendedVariantId!, since);
  const steps = [...flash.steps, ...spread.steps, ...cart.steps];
  const reportedOrders = (flash.outcomes.ordered ?? 0) + (spread.outcomes.ordered ?? 0);
  const failures = [
    sales.oversold > 0 && `${sales.oversold} units oversold`,
    sales.stockMismatches.length > 0 &&
      `on hand is not initial − sold for ${sales.stockMismatches.length} variants: ${JSON.stringify(sales.stockMismatches.slice(0, 5))}`,
    sales.orders !== reportedOrders && `${sales.orders} orders in the database, ${reportedOrders} reported to shoppers`,
    ...steps.filter((s) => failedRequests(s) > 0).map((s) => `${s.name}: ${failedRequests(s)} failed requests`),
    flash.unexpectedOutcomes + spread.unexpectedOutcomes > 0 &&
      `shoppers ended otherwise than ordered or sold out: ${JSON.stringify({ flash: flash.outcomes, spread: spread.outcomes })}`,
    cart.failedEdits > 0 && `${cart.failedEdits} cart edits refused or failed`,
    (spread.orders === 0 || flash.orders === 0) && 'a scenario completed no order',
  ].filter((failure): failure is string => typeof failure === 'string');
  // All shoppers served and units left unsold means holds that never came back.
  if (flash.shoppers === FLASH_SHOPPERS && FLASH_SHOPPERS > FLASH_STOCK && sales.contended.sold < FLASH_STOCK)
    failures.push(`the flash sale sold ${sales.contended.sold} of ${FLASH_STOCK} units to ${FLASH_SHOPPERS} shoppers`);

  const run: CheckoutRun = {
    startedAt,
    databaseName: database.created,
    loadAverage1m: { start: loadAtStart, end: loadavg()[0]! },
    pgbench,
    contendedVariantId: contendedVariantId!,
    spreadVariantIds,
    flash,
    spread,
    cart,
    sales,
    apiLog: api.logLines,
    failures,
  };
  printCheckoutReport(run);
  console.log(`\nresults: ${relative(ROOT, writeCheckoutResults(run))}`);
  return failures.length > 0 ? 1 : 0;
}

await runBench(main);
