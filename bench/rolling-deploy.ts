// Rolling deploy and partial failure, measured (issue 13, item 5): two instances of the gateway
// and of every subgraph behind HAProxy, one worker, a shared throw-away PostgreSQL and Redis, and
// a bounded load of listings, product pages, searches, carts and guest checkouts. Then:
// (a) every instance restarted one at a time (SIGTERM, drain, start, ready);
// (b) content and customers killed (SIGKILL): product pages and guest checkout must go on;
// (c) inventory killed: pages still served, checkout never oversells.
// Prints requests sent/failed/p99 per restart and phase, and orders placed vs confirmed.
// Run from the repo root: `npm run bench:rolling`. See bench/README.md.
import { setTimeout as sleep } from 'node:timers/promises';
import { assertPortsFree } from '@commerce/devtools/processes';
import { connectDatabase } from '../apps/api/src/platform/db/client.js';
import { migrateQueue } from '../apps/api/src/platform/queue/migrate.js';
import { seedContentDemo } from '../apps/api/src/subgraphs/content/index.js';
import { checkSales, pickVariants, setStock } from './lib/checkout-stock.js';
import { analyzeDatabase, prepareDatabase } from './lib/database.js';
import { discoverHandles } from './lib/discover.js';
import { listingMix, productMix, searchMix } from './lib/request-mix.js';
import { frontendUrl, startHaproxy, waitUntilInRotation } from './lib/rolling-haproxy.js';
import { killInstance, startInstance, stopInstance, type Instance } from './lib/rolling-instances.js';
import { LOAD_EMAIL_DOMAIN, startLoad } from './lib/rolling-load.js';
import { checkOrders } from './lib/rolling-orders.js';
import { probeCheckout, probeProductPage } from './lib/rolling-probes.js';
import { printRestarts, printWindow, windowFigures, type RestartFigures } from './lib/rolling-report.js';
import {
  ALL_PORTS,
  BROWSERS,
  DATABASE_PREFIX,
  KILLED_SECONDS,
  ROLLING_DEADLINE_MS,
  SERVICES,
  SHOP_STOCK,
  SHOP_VARIANTS,
  SHOPPERS,
  STEADY_SECONDS,
  type RollingService,
  type Slot,
} from './lib/rolling-settings.js';
import { abort, runBench } from './lib/teardown.js';

const SUBGRAPHS = SERVICES.filter((service) => service !== 'gateway');

async function main(): Promise<number> {
  const deadline = setTimeout(
    () => abort(`deadline of ${ROLLING_DEADLINE_MS / 1000}s exceeded`, 124),
    ROLLING_DEADLINE_MS,
  );
  deadline.unref();
  await assertPortsFree(ALL_PORTS, "free it or change the rolling bench's ports (bench/lib/rolling-settings.ts)");
  const failures: string[] = [];

  const database = await prepareDatabase(DATABASE_PREFIX);
  console.error(`[bench] database: ${database.created ?? '(BENCH_DATABASE_URL)'}`);
  // The demo pages publish through the job queue: its schema first (the API's start-up would make it too).
  await migrateQueue(database.url);
  const seeding = connectDatabase(database.url, { max: 1 });
  await seedContentDemo(seeding.db).finally(() => seeding.close());
  await analyzeDatabase(database.url);
  const variantIds = await pickVariants(database.url, SHOP_VARIANTS);
  const stock = new Map(variantIds.map((id): [number, number] => [id, SHOP_STOCK]));
  const since = await setStock(database.url, stock);

  const haproxy = await startHaproxy();
  const instances = new Map<string, Instance>();
  /** Starts an instance and, behind HAProxy, waits until HAProxy sends it traffic (two passing checks). */
  const start = async (service: Instance['service'], slot: Slot) => {
    const instance = await startInstance(service, slot, database.url);
    instances.set(instance.label, instance);
    if (service !== 'worker') await waitUntilInRotation(service, slot);
  };
  let started = Date.now();
  // Subgraphs first (they migrate, one at a time under an advisory lock), then gateways and the worker.
  await Promise.all(SUBGRAPHS.flatMap((service) => [start(service, 'a'), start(service, 'b')]));
  await Promise.all([start('gateway', 'a'), start('gateway', 'b'), start('worker', 'a')]);
  console.error(`[bench] ${instances.size} instances ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const gatewayUrl = frontendUrl('gateway');
  const found = await discoverHandles(gatewayUrl, 200);
  const kinds = [
    ...listingMix(found.collections, 100).bodies.map((body) => ({ kind: 'listing', body })),
    ...productMix(found.productHandles.slice(0, 100)).bodies.map((body) => ({ kind: 'product', body })),
    ...searchMix(found.products, 100).bodies.map((body) => ({ kind: 'search', body })),
  ];
  const handle = found.productHandles[0]!;
  const before = await probeProductPage(gatewayUrl, handle);
  console.log(`product page with every domain up: ${JSON.stringify(before)}`);
  if (before.product !== 'present' || before.menu !== 'present' || before.errors.length)
    failures.push('the product page probe failed with every domain up');

  const load = startLoad({ gatewayUrl, bodies: kinds, variantIds, browsers: BROWSERS, shoppers: SHOPPERS });
  const runStarted = Date.now();
  await sleep(STEADY_SECONDS * 1000);
  const steadyEnd = Date.now();

  // (a) Rolling restart: each instance in turn; its sibling carries the traffic meanwhile.
  const restarts: RestartFigures[] = [];
  const order: Array<[Instance['service'], Slot]> = [
    ...[...SUBGRAPHS, 'gateway' as const].flatMap((service) => [
      [service, 'a'] as [RollingService, Slot],
      [service, 'b'] as [RollingService, Slot],
    ]),
    ['worker', 'a'],
  ];
  const rollingStart = Date.now();
  for (const [service, slot] of order) {
    const label = `${service}-${slot}`;
    // As an orchestrator would: never stop an instance while its sibling is out of rotation.
    if (service !== 'worker') await waitUntilInRotation(service, slot === 'a' ? 'b' : 'a');
    const from = Date.now();
    const stopped = await stopInstance(instances.get(label)!);
    started = Date.now();
    await start(service, slot);
    const ready = Date.now();
    const figures = {
      instance: label,
      drainMs: stopped.exitedAfterMs,
      exit: stopped.how,
      startMs: ready - started,
      ...windowFigures(load.samples, from, Date.now()),
    };
    restarts.push(figures);
    console.error(`[bench] restarted ${JSON.stringify(figures)}`);
  }
  const rollingEnd = Date.now();

  // (b) Content and customers die at once: both instances of each, SIGKILL.
  const killed = async (services: RollingService[]) => {
    for (const service of services)
      for (const slot of ['a', 'b'] as const) await killInstance(instances.get(`${service}-${slot}`)!);
  };
  const revive = async (services: RollingService[]) => {
    await Promise.all(services.flatMap((service) => [start(service, 'a'), start(service, 'b')]));
  };
  /** From HAProxy's rotation to a clean product page: the gateways' circuits close at their next trial call. */
  const recovery = async () => {
    const since = Date.now();
    for (;;) {
      const page = await probeProductPage(gatewayUrl, handle);
      if ((page.product === 'present' && !page.errors.length) || Date.now() - since > 30_000)
        return { ms: Date.now() - since, page };
      await sleep(250);
    }
  };
  const bStart = Date.now();
  await killed(['content', 'customers']);
  await sleep(1_000);
  const bPage = await probeProductPage(gatewayUrl, handle);
  const bCheckout = await probeCheckout(gatewayUrl, variantIds[0]!);
  await sleep(KILLED_SECONDS * 1000);
  const bPageLater = await probeProductPage(gatewayUrl, handle);
  const bEnd = Date.now();
  await revive(['content', 'customers']);
  const bRevived = Date.now();
  const bRecovery = await recovery();

  // (c) Inventory dies: both instances, SIGKILL.
  const cStart = Date.now();
  await killed(['inventory']);
  await sleep(1_000);
  const cPage = await probeProductPage(gatewayUrl, handle);
  const cCheckout = await probeCheckout(gatewayUrl, variantIds[1]!);
  await sleep(KILLED_SECONDS * 1000);
  const cEnd = Date.now();
  await revive(['inventory']);
  const cRevived = Date.now();
  const cRecovery = await recovery();
  const after = cRecovery.page;
  const afterCheckout = await probeCheckout(gatewayUrl, variantIds[2]!);
  await sleep(STEADY_SECONDS * 1000);
  await load.stop();
  const runEnd = Date.now();
  for (const instance of instances.values()) await stopInstance(instance);

  const orders = await checkOrders(database.url, load.placed, since, LOAD_EMAIL_DOMAIN);
  const sales = await checkSales(database.url, stock, variantIds[0]!, since);

  console.log(
    `\nrolling deploy: ${BROWSERS} browsers + ${SHOPPERS} guest shoppers through HAProxy → 2 gateways → 2 × 6 subgraphs, 1 worker`,
  );
  printWindow('whole run', windowFigures(load.samples, runStarted, runEnd));
  printWindow('steady, before the restarts', windowFigures(load.samples, runStarted, steadyEnd));
  const rolling = windowFigures(load.samples, rollingStart, rollingEnd);
  printWindow(`(a) rolling restart of ${restarts.length} instances`, rolling);
  printRestarts(restarts);
  console.log('');
  printWindow('(b) content + customers killed', windowFigures(load.samples, bStart, bEnd));
  printWindow('    … and restarting', windowFigures(load.samples, bEnd, bRevived));
  console.log(`    product page: ${JSON.stringify(bPage)}`);
  console.log(`    product page ${KILLED_SECONDS} s later: ${JSON.stringify(bPageLater)}`);
  console.log(`    guest checkout: ${JSON.stringify(bCheckout)}`);
  console.log(`    clean product page again ${(bRecovery.ms / 1000).toFixed(1)} s after both were back in rotation`);
  printWindow('(c) inventory killed', windowFigures(load.samples, cStart, cEnd));
  printWindow('    … and restarting', windowFigures(load.samples, cEnd, cRevived));
  console.log(`    product page: ${JSON.stringify(cPage)}`);
  console.log(`    guest checkout: ${JSON.stringify(cCheckout)}`);
  console.log(`    clean product page again ${(cRecovery.ms / 1000).toFixed(1)} s after both were back in rotation`);
  console.log(`after recovery: product page ${JSON.stringify(after)}; guest checkout ${JSON.stringify(afterCheckout)}`);
  console.log(
    `\norders: placed ${load.placed.length} (shoppers told "ordered"), confirmed ${orders.inDatabase} (in the database); lost ${orders.lost}, unreported ${orders.unreported}, duplicated ${orders.duplicated}`,
  );
  console.log(
    `stock: ${sales.unitsSold} units sold, oversold ${sales.oversold}, stock mismatches ${sales.stockMismatches.length}, still reserved ${sales.stillReserved}`,
  );
  if (load.problems.length) console.log(`\nfirst failures:\n  ${load.problems.join('\n  ')}`);
  console.log(`\nHAProxy: ${haproxy.downs.length} times a server or backend went down (the kills' included)`);
  for (const line of haproxy.downs.slice(0, 30)) console.log(`  ${line.slice(0, 200)}`);
  const logLines = [...instances.values()].reduce((sum, instance) => sum + instance.logLines.length, 0);
  console.log(`instances' warn/error lines: ${logLines}`);

  if (rolling.failed > 0) failures.push(`${rolling.failed} requests failed during the rolling restart`);
  if (orders.lost || orders.unreported || orders.duplicated) failures.push('orders placed and confirmed differ');
  if (sales.oversold > 0) failures.push(`${sales.oversold} units oversold`);
  if (sales.stockMismatches.length) failures.push(`${sales.stockMismatches.length} variants' stock does not add up`);
  if (bPage.product !== 'present' || bPage.menu !== 'null' || !bPage.errors.length)
    failures.push('with content and customers down, the product page is not "product, null menu, an error"');
  if (bCheckout.outcome !== 'ordered')
    failures.push(`with content and customers down, guest checkout ended ${bCheckout.outcome}`);
  if (cPage.product !== 'present') failures.push('with inventory down, the product page is blank');
  if (after.errors.length || afterCheckout.outcome !== 'ordered')
    failures.push('the shop did not recover after the kills');
  console.log(failures.length ? `\nFAILED:\n  ${failures.join('\n  ')}` : '\nall checks passed');
  return failures.length ? 1 : 0;
}

await runBench(main);
