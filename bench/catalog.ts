// Catalog benchmark: starts the API as a child process on a throw-away PostgreSQL database,
// loads the gateway with autocannon (listing, product page, search, and the listing again with
// DataLoader off), and reports throughput, latency and SQL statements per request.
// Run from the repo root: `npm run bench`. See bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import postgres from 'postgres';

// ───────────────────────────── settings ─────────────────────────────

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = positiveNumber('BENCH_SECONDS', 10);
const WARMUP_SECONDS = 2;
const CONNECTIONS = 20;
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** Gateway, catalog and inventory ports of the main API child and of the DATALOADER=off child. */
const MAIN_PORTS = { gateway: 4100, catalog: 4101, inventory: 4102 } as const;
const BASELINE_PORTS = { gateway: 4110, catalog: 4111, inventory: 4112 } as const;
/** First start seeds 5,000 products; give it room, but not forever. */
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
/** Hard stop for the whole run: start-ups, 4 × (warm-up + window), and slack. */
const DEADLINE_MS = (75 + 4 * (WARMUP_SECONDS + SECONDS + 4)) * 1000;

type Ports = { gateway: number; catalog: number; inventory: number };

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

// ───────────────────────────── queries ─────────────────────────────

const LISTING_QUERY = /* GraphQL */ `
  query Listing($handle: String!) {
    collection(handle: $handle) {
      products(first: 24, sortKey: BEST_SELLING) {
        nodes {
          id handle title vendor
          priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
          compareAtPriceRange { minVariantPrice { amount } }
          featuredImage { url(transform: {maxWidth: 600}) altText width height }
          availableForSale
          variants(first: 10) { nodes { id title availableForSale price { amount } } }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

const PRODUCT_QUERY = /* GraphQL */ `
  query ProductPage($handle: String!) {
    product(handle: $handle) {
      id handle title vendor productType tags descriptionHtml
      options { id name values }
      priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
      compareAtPriceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
      featuredImage { url(transform: {maxWidth: 1200}) altText width height }
      availableForSale
      variants(first: 100) {
        nodes {
          id title sku
          price { amount currencyCode }
          compareAtPrice { amount currencyCode }
          selectedOptions { name value }
          image { url(transform: {maxWidth: 1200}) altText }
          availableForSale
          quantityAvailable
        }
      }
      images(first: 10) { nodes { id url(transform: {maxWidth: 1200}) altText width height } }
      seo { title description }
      collections(first: 5) { nodes { id handle title } }
    }
  }`;

const SEARCH_QUERY = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 24) {
      totalCount
      filters { id label type values { id label count input } }
      nodes {
        id handle title vendor
        priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
        featuredImage { url(transform: {maxWidth: 600}) altText width height }
        availableForSale
      }
      pageInfo { hasNextPage endCursor }
    }
  }`;

/** Search terms, typos included: typo tolerance is part of what is measured. */
const SEARCH_TERMS = ['snekers', 'hoody', 'wool socks', 'backpak', 'leather boots', 'rain jacket'];

const DISCOVER_COLLECTIONS = /* GraphQL */ `
  query BenchCollections { collections(first: 100) { nodes { handle title products(first: 1) { totalCount } } } }`;
const DISCOVER_PRODUCTS = /* GraphQL */ `
  query BenchProducts { products(first: 250, sortKey: TITLE) { nodes { handle } } }`;

// ───────────────────────────── cleanup ─────────────────────────────

const cleanups: Array<() => Promise<void>> = [];
let cleaningUp: Promise<void> | null = null;

function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

/** Runs registered clean-ups once, newest first; later calls wait for the same run. */
function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error('[bench] clean-up step failed:', error);
      }
    }
  })();
  return cleaningUp;
}

function abort(reason: string, code: number): void {
  console.error(`\n[bench] ${reason}; cleaning up …`);
  void cleanup().finally(() => process.exit(code));
  // If a clean-up step hangs, do not hang with it.
  setTimeout(() => process.exit(code), 20_000).unref();
}

process.once('SIGINT', () => abort('interrupted (SIGINT)', 130));
process.once('SIGTERM', () => abort('terminated (SIGTERM)', 143));

// ───────────────────────────── database ─────────────────────────────

async function prepareDatabase(): Promise<{ url: string; created: string | null }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, created: null };
  const name = `commerce_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  onCleanup(async () => {
    const dropper = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
    try {
      // FORCE ends connections a killed child may have left behind (PostgreSQL 13+).
      await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      console.error(`[bench] dropped database ${name}`);
    } finally {
      await dropper.end({ timeout: 5 });
    }
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), created: name };
}

// ───────────────────────────── API child ─────────────────────────────

interface ApiChild {
  label: string;
  gatewayUrl: string;
  process: ChildProcess;
  /** Log lines the child wrote (warn and error level only, as LOG_LEVEL=warn). */
  logLines: string[];
  stop(): Promise<void>;
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} is in use; free it or change the ports in bench/catalog.ts`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function startApi(label: string, databaseUrl: string, ports: Ports, extraEnv: Record<string, string>): Promise<ApiChild> {
  for (const port of Object.values(ports)) await assertPortFree(port);
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      GATEWAY_PORT: String(ports.gateway),
      CATALOG_PORT: String(ports.catalog),
      INVENTORY_PORT: String(ports.inventory),
      NODE_ENV: 'production',
      GATEWAY_DEDUPLICATE: 'off',
      LOG_LEVEL: 'warn',
      SEED_DEMO_CATALOG: 'on',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  let exited = false;
  let exitInfo = '';
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitInfo = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    });
  });
  const capture = (stream: NodeJS.ReadableStream, isErr: boolean) => {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        // The start-up banner goes to stdout; log records (warn/error) are what we keep.
        if (isErr || /"level"|\b(warn|error)\b/i.test(line)) {
          logLines.push(line);
          if (logLines.length <= 20) console.error(`[api:${label}] ${line}`);
          else if (logLines.length === 21) console.error(`[api:${label}] … more log lines suppressed (counted in the summary)`);
        }
      }
    });
  };
  capture(child.stdout!, false);
  capture(child.stderr!, true);

  const api: ApiChild = {
    label,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    process: child,
    logLines,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout' as const);
      if ((await Promise.race([exitedPromise.then(() => 'exited' as const), timer])) === 'timeout') {
        console.error(`[bench] API ${label} did not stop within ${STOP_TIMEOUT_MS / 1000}s; sending SIGKILL`);
        child.kill('SIGKILL');
        await exitedPromise;
      }
    },
  };
  onCleanup(() => api.stop());

  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`API ${label} exited during start-up (${exitInfo}); see the [api:${label}] lines above`);
    if (Date.now() - started > READY_TIMEOUT_MS) throw new Error(`API ${label} was not ready after ${READY_TIMEOUT_MS / 1000}s`);
    try {
      const res = await fetch(`${api.gatewayUrl}/readyz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  console.error(`[bench] API ${label} ready in ${((Date.now() - started) / 1000).toFixed(1)}s (gateway ${api.gatewayUrl})`);
  return api;
}

// ───────────────────────────── GraphQL and metrics ─────────────────────────────

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function body(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

async function post<T>(gatewayUrl: string, payload: string): Promise<{ status: number; json: GraphQLResponse<T> }> {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: payload,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  let json: GraphQLResponse<T>;
  try {
    json = JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  return { status: res.status, json };
}

/** Sends one request and fails unless it is a 200 without `errors` and with data. */
async function mustQuery<T>(gatewayUrl: string, payload: string): Promise<T> {
  const { status, json } = await post<T>(gatewayUrl, payload);
  if (status !== 200 || json.errors?.length || !json.data) {
    throw new Error(`sample request failed: HTTP ${status} ${JSON.stringify(json).slice(0, 600)}\nrequest: ${payload.slice(0, 300)}`);
  }
  return json.data;
}

interface MetricsSnapshot {
  sql: number;
  /** Requests the gateway finished on /graphql, whatever their status. */
  graphqlRequests: number;
}

async function scrape(gatewayUrl: string): Promise<MetricsSnapshot> {
  const res = await fetch(`${gatewayUrl}/metrics`, { signal: AbortSignal.timeout(5000) });
  if (res.status !== 200) throw new Error(`/metrics answered HTTP ${res.status}`);
  const text = await res.text();
  let sql: number | null = null;
  let graphqlRequests = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const [, name, labels = '', value] = match;
    if (name === 'sql_statements_total') sql = (sql ?? 0) + Number(value);
    if (name === 'http_request_duration_seconds_count' && labels.includes('route="/graphql"')) graphqlRequests += Number(value);
  }
  if (sql === null) throw new Error('sql_statements_total is missing from the gateway /metrics');
  return { sql, graphqlRequests };
}

/** Waits until the gateway has finished what autocannon left in flight, so both counters settle. */
async function scrapeWhenSettled(gatewayUrl: string): Promise<MetricsSnapshot> {
  let previous = await scrape(gatewayUrl);
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    await sleep(150);
    const current = await scrape(gatewayUrl);
    if (current.sql === previous.sql && current.graphqlRequests === previous.graphqlRequests) return current;
    previous = current;
  }
  return previous;
}

// ───────────────────────────── load ─────────────────────────────

/** A response body carrying a GraphQL `errors` member (not text inside a string value). */
function hasGraphQLErrors(responseBody: string): boolean {
  if (!responseBody.startsWith('{')) return true;
  for (let at = responseBody.indexOf('"errors"'); at !== -1; at = responseBody.indexOf('"errors"', at + 1)) {
    if (responseBody[at - 1] !== '\\') return true;
  }
  return false;
}

function runAutocannon(gatewayUrl: string, bodies: string[], seconds: number, title: string): Promise<autocannon.Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${gatewayUrl}/graphql`,
        title,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 10,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        // One dynamic request: every call picks the next body, round robin over all connections.
        requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
        verifyBody: (responseBody) => !hasGraphQLErrors(String(responseBody)),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    const stopOnAbort = () => instance.stop();
    process.once('SIGINT', stopOnAbort);
    instance.once('done', () => process.off('SIGINT', stopOnAbort));
  });
}

interface ScenarioResult {
  name: string;
  api: string;
  requestVariants: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  requestsCompleted: number;
  requestsServedByGateway: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrorResponses: number;
  sqlStatements: number;
  sqlPerRequest: number;
  sampleVerified: boolean;
}

async function runScenario(api: ApiChild, name: string, bodies: string[]): Promise<ScenarioResult> {
  console.error(`[bench] ${name}: warm-up ${WARMUP_SECONDS}s, then ${SECONDS}s × ${CONNECTIONS} connections (${bodies.length} request variant${bodies.length === 1 ? '' : 's'})`);
  await runAutocannon(api.gatewayUrl, bodies, WARMUP_SECONDS, `${name} (warm-up)`);
  const before = await scrapeWhenSettled(api.gatewayUrl);
  const result = await runAutocannon(api.gatewayUrl, bodies, SECONDS, name);
  const after = await scrapeWhenSettled(api.gatewayUrl);

  const sqlStatements = after.sql - before.sql;
  const served = after.graphqlRequests - before.graphqlRequests;
  // The gateway's own count covers the few requests autocannon left in flight at the end of the
  // window, whose statements are in the SQL delta too; autocannon's count is the fallback.
  const denominator = served > 0 ? served : result.requests.total;
  return {
    name,
    api: api.label,
    requestVariants: bodies.length,
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, mean: result.latency.average, max: result.latency.max },
    requestsCompleted: result.requests.total,
    requestsServedByGateway: served,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrorResponses: result.mismatches,
    sqlStatements,
    sqlPerRequest: denominator > 0 ? sqlStatements / denominator : NaN,
    sampleVerified: true,
  };
}

// ───────────────────────────── report ─────────────────────────────

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<number> {
  const startedAt = new Date();
  const deadline = setTimeout(() => abort(`deadline of ${DEADLINE_MS / 1000}s exceeded`, 124), DEADLINE_MS);
  deadline.unref();

  const database = await prepareDatabase();
  console.error(`[bench] database: ${database.created ?? '(BENCH_DATABASE_URL)'}; ${SECONDS}s per scenario after ${WARMUP_SECONDS}s warm-up, ${CONNECTIONS} connections`);

  const primary = await startApi('dataloader-on', database.url, MAIN_PORTS, { DATALOADER: 'on' });

  // Real handles and a quick check that every request variant answers without errors.
  const collections = await mustQuery<{ collections: { nodes: Array<{ handle: string; title: string; products: { totalCount: number } }> } }>(
    primary.gatewayUrl, body(DISCOVER_COLLECTIONS));
  const collection = [...collections.collections.nodes].sort((a, b) => b.products.totalCount - a.products.totalCount)
    .find((c) => c.products.totalCount >= 24) ?? collections.collections.nodes[0];
  if (!collection) throw new Error('the catalog has no collections');
  const products = await mustQuery<{ products: { nodes: Array<{ handle: string }> } }>(primary.gatewayUrl, body(DISCOVER_PRODUCTS));
  const allHandles = products.products.nodes.map((p) => p.handle);
  const productHandles = allHandles.filter((_, i) => i % Math.max(1, Math.floor(allHandles.length / 50)) === 0).slice(0, 50);
  if (productHandles.length === 0) throw new Error('the catalog has no products');
  console.error(`[bench] listing collection "${collection.handle}" (${collection.products.totalCount} products); ${productHandles.length} product handles`);

  const listingBodies = [body(LISTING_QUERY, { handle: collection.handle })];
  const productBodies = productHandles.map((handle) => body(PRODUCT_QUERY, { handle }));
  const searchBodies = SEARCH_TERMS.map((query) => body(SEARCH_QUERY, { query }));

  const warnings: string[] = [];
  const listing = await mustQuery<{ collection: { products: { nodes: unknown[] } } | null }>(primary.gatewayUrl, listingBodies[0]!);
  if ((listing.collection?.products.nodes.length ?? 0) < 24) warnings.push(`listing returned ${listing.collection?.products.nodes.length ?? 0} products, expected 24`);
  for (const [i, payload] of productBodies.entries()) {
    const data = await mustQuery<{ product: unknown }>(primary.gatewayUrl, payload);
    if (!data.product) throw new Error(`product(handle: "${productHandles[i]}") is null`);
  }
  const searchHits: Record<string, number> = {};
  for (const [i, payload] of searchBodies.entries()) {
    const data = await mustQuery<{ search: { totalCount: number; nodes: unknown[] } }>(primary.gatewayUrl, payload);
    searchHits[SEARCH_TERMS[i]!] = data.search.totalCount;
    if (data.search.totalCount === 0) warnings.push(`search "${SEARCH_TERMS[i]}" found nothing`);
  }
  console.error(`[bench] sample responses verified; search hits: ${JSON.stringify(searchHits)}`);

  const results: ScenarioResult[] = [];
  results.push(await runScenario(primary, 'a. listing', listingBodies));
  results.push(await runScenario(primary, 'b. product by handle', productBodies));
  results.push(await runScenario(primary, 'c. search', searchBodies));
  await primary.stop();

  const baseline = await startApi('dataloader-off', database.url, BASELINE_PORTS, { DATALOADER: 'off', SEED_DEMO_CATALOG: 'off' });
  await mustQuery(baseline.gatewayUrl, listingBodies[0]!);
  results.push(await runScenario(baseline, 'd. listing, DATALOADER=off', listingBodies));
  await baseline.stop();

  // ── report ──
  const on = results[0]!;
  const off = results[3]!;
  const ratio = {
    requestsPerSecondOnOverOff: on.requestsPerSecond / off.requestsPerSecond,
    sqlPerRequestOffOverOn: off.sqlPerRequest / on.sqlPerRequest,
    sqlPerRequestOnOverOff: on.sqlPerRequest / off.sqlPerRequest,
  };
  const rows = [
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'timeouts', 'non-2xx', 'gql errors', 'SQL/req'],
    ...results.map((r) => [
      r.name, fmt(r.requestsPerSecond), fmt(r.latencyMs.p50, 0), fmt(r.latencyMs.p99, 0), String(r.requestsCompleted),
      String(r.errors), String(r.timeouts), String(r.non2xx), String(r.graphqlErrorResponses), fmt(r.sqlPerRequest, 2),
    ]),
  ];
  console.log('');
  console.log(`Catalog benchmark — ${SECONDS}s per scenario after ${WARMUP_SECONDS}s warm-up, ${CONNECTIONS} connections, gateway dedup off, NODE_ENV=production`);
  console.log(`Listing collection: ${collection.handle} (${collection.products.totalCount} products); product page: ${productHandles.length} handles; search: ${SEARCH_TERMS.map((t) => JSON.stringify(t)).join(', ')}`);
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(`Listing, DataLoader on vs off: ${fmt(ratio.requestsPerSecondOnOverOff, 2)}× the requests/s; ` +
    `${fmt(on.sqlPerRequest, 2)} vs ${fmt(off.sqlPerRequest, 2)} SQL statements per request (off/on = ${fmt(ratio.sqlPerRequestOffOverOn, 1)}×)`);
  const apiLogLines = { 'dataloader-on': primary.logLines.length, 'dataloader-off': baseline.logLines.length };
  if (primary.logLines.length + baseline.logLines.length > 0) warnings.push(`the API logged warn/error lines: ${JSON.stringify(apiLogLines)}`);
  for (const warning of warnings) console.log(`warning: ${warning}`);

  const failed = results.filter((r) => r.errors + r.timeouts + r.non2xx + r.graphqlErrorResponses > 0);
  const resultsDir = join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `catalog-${startedAt.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  writeFileSync(file, `${JSON.stringify({
    benchmark: 'catalog',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    settings: {
      secondsPerScenario: SECONDS, warmupSeconds: WARMUP_SECONDS, connections: CONNECTIONS,
      nodeEnv: 'production', gatewayDeduplicate: 'off', dbPoolSize: process.env.DB_POOL_SIZE ?? 'default (10)',
      database: database.created ?? 'BENCH_DATABASE_URL', node: process.version,
    },
    inputs: { collection: collection.handle, collectionProducts: collection.products.totalCount, productHandles, searchTerms: SEARCH_TERMS, searchHits },
    scenarios: results,
    listingDataLoaderOnVsOff: ratio,
    apiLogLines,
    warnings,
    failedScenarios: failed.map((r) => r.name),
  }, null, 2)}\n`);
  console.log(`\nresults: ${relative(ROOT, file)}`);
  if (failed.length > 0) console.log(`FAILED: errors in ${failed.map((r) => r.name).join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error('[bench] failed:', error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
