// Catalog benchmark: starts the API as a child process on a throw-away PostgreSQL database,
// loads the gateway with autocannon (listing, product page, search, and the listing again with
// DataLoader off), and reports throughput, latency and SQL statements per request.
// Run from the repo root: `npm run bench`. See bench/README.md.
import { loadavg } from 'node:os';
import { relative } from 'node:path';
import { startApi } from './lib/api-child.js';
import { analyzeDatabase, prepareDatabase } from './lib/database.js';
import { discoverHandles } from './lib/discover.js';
import { body } from './lib/graphql.js';
import { LISTING_QUERY, PRODUCT_QUERY, SEARCH_QUERY } from './lib/queries.js';
import { printReport, warningsFromResults } from './lib/report.js';
import { writeResultsFile } from './lib/results-file.js';
import { runScenario, type ScenarioResult } from './lib/run-scenario.js';
import { verifyAndCount } from './lib/sequential-check.js';
import { ANALYZE, DEADLINE_MS, ROOT } from './lib/settings.js';
import { abort, runBench } from './lib/teardown.js';

/** Ports of the main API child and of the DATALOADER=off child. */
const MAIN_PORTS = {
  gateway: 4100,
  catalog: 4101,
  inventory: 4102,
  customers: 4103,
  cart: 4104,
  checkout: 4105,
  admin: 4109,
} as const;
const BASELINE_PORTS = {
  gateway: 4110,
  catalog: 4111,
  inventory: 4112,
  customers: 4113,
  cart: 4114,
  checkout: 4115,
  admin: 4119,
} as const;
/** How many product pages scenario (b) rotates over, spread evenly over the catalog. */
const PRODUCT_HANDLES = 50;
/** Search terms, typos included: typo tolerance is part of what is measured. */
const SEARCH_TERMS = ['snekers', 'hoody', 'wool socks', 'backpak', 'leather boots', 'rain jacket'];

async function main(): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadavg()[0]!;
  const deadline = setTimeout(() => abort(`deadline of ${DEADLINE_MS / 1000}s exceeded`, 124), DEADLINE_MS);
  deadline.unref();

  const database = await prepareDatabase();
  console.error(`[bench] database: ${database.created ?? '(BENCH_DATABASE_URL)'}`);

  const primary = await startApi('dataloader-on', database.url, MAIN_PORTS, { DATALOADER: 'on' });
  const analyzed = ANALYZE ? await analyzeDatabase(database.url) : null;
  if (analyzed)
    console.error(`[bench] ANALYZE after seeding: ${analyzed.ms} ms (server autovacuum = ${analyzed.autovacuum})`);

  const { collection, productHandles } = await discoverHandles(primary.gatewayUrl, PRODUCT_HANDLES);
  const listingBodies = [body(LISTING_QUERY, { handle: collection.handle })];
  const productBodies = productHandles.map((handle) => body(PRODUCT_QUERY, { handle }));
  const searchBodies = SEARCH_TERMS.map((query) => body(SEARCH_QUERY, { query }));

  // Every request variant once, one at a time: no `errors`, sensible data, exact SQL count.
  const warnings: string[] = [];
  const listingCheck = await verifyAndCount(primary, listingBodies, 3);
  const listed =
    (listingCheck.data[0] as { collection: { products: { nodes: unknown[] } } | null }).collection?.products.nodes
      .length ?? 0;
  if (listed !== 24) warnings.push(`listing returned ${listed} products, expected 24`);
  const productCheck = await verifyAndCount(primary, productBodies);
  productCheck.data.forEach((data, i) => {
    if (!(data as { product: unknown }).product) warnings.push(`product(handle: "${productHandles[i]}") is null`);
  });
  const searchCheck = await verifyAndCount(primary, searchBodies);
  const searchHits: Record<string, number> = {};
  searchCheck.data.forEach((data, i) => {
    const hits = (data as { search: { totalCount: number } }).search.totalCount;
    searchHits[SEARCH_TERMS[i]!] = hits;
    if (hits === 0) warnings.push(`search "${SEARCH_TERMS[i]}" found nothing`);
  });
  console.error(
    `[bench] collection "${collection.handle}" (${collection.products.totalCount} products), ${productHandles.length} product handles; ` +
      `sample responses have no errors; search hits ${JSON.stringify(searchHits)}`,
  );

  const listingOn = await runScenario(primary, 'a. listing', listingBodies, listingCheck.sqlPerRequest);
  const product = await runScenario(primary, 'b. product by handle', productBodies, productCheck.sqlPerRequest);
  const search = await runScenario(primary, 'c. search', searchBodies, searchCheck.sqlPerRequest);
  await primary.stop();

  const baseline = await startApi('dataloader-off', database.url, BASELINE_PORTS, {
    DATALOADER: 'off',
    SEED_DEMO_CATALOG: 'off',
  });
  const baselineCheck = await verifyAndCount(baseline, listingBodies, 1);
  // Same data expected, except image URLs, which name each child's own catalog port.
  const sameListing = (data: unknown, catalogPort: number) =>
    JSON.stringify(data).replaceAll(`127.0.0.1:${catalogPort}/`, 'catalog/');
  if (
    sameListing(baselineCheck.data[0], BASELINE_PORTS.catalog) !== sameListing(listingCheck.data[0], MAIN_PORTS.catalog)
  ) {
    warnings.push('the listing with DATALOADER=off differs from the listing with DataLoader on');
  }
  const listingOff = await runScenario(
    baseline,
    'd. listing, DATALOADER=off',
    listingBodies,
    baselineCheck.sqlPerRequest,
  );
  await baseline.stop();

  const results: ScenarioResult[] = [listingOn, product, search, listingOff];
  const apiLogs = { [primary.label]: primary.logLines, [baseline.label]: baseline.logLines };
  warnings.push(...warningsFromResults(results, apiLogs));
  const run = {
    startedAt,
    databaseName: database.created,
    analyzed,
    loadAverage1m: { start: loadAtStart, end: loadavg()[0]! },
    collection,
    productHandles,
    searchTerms: SEARCH_TERMS,
    searchHits,
    results,
    listingOn,
    listingOff,
    apiLogs,
    warnings,
  };
  printReport(run);

  const failed = results.filter(
    (r) => r.errors + r.timeouts + r.non2xx + r.graphqlErrorResponses > 0 || r.requestsCompleted === 0,
  );
  const file = writeResultsFile(run, failed);
  console.log(`\nresults: ${relative(ROOT, file)}`);
  if (failed.length > 0)
    console.log(`FAILED: errors or no completed requests in ${failed.map((r) => r.name).join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

await runBench(main);
