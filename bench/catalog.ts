import { randomBytes } from 'node:crypto';
// Catalog benchmark: starts the API as a child process on a throw-away PostgreSQL database,
// loads the gateway with autocannon (listing, product page, search, and the listing again with
// DataLoader off), and reports throughput, latency and SQL statements per request.
// Run from the repo root: `npm run bench`. See bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
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
const MAIN_PORTS = { gateway: 4100, catalog: 4101, inventory: 4102, customers: 4103 } as const;
const BASELINE_PORTS = { gateway: 4110, catalog: 4111, inventory: 4112, customers: 4113 } as const;
/** First start seeds 5,000 products; give it room, but not forever. */
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
/** Hard stop for the whole run: two start-ups, 4 × (warm-up + window), checks and slack. */
const DEADLINE_MS = (100 + 4 * (WARMUP_SECONDS + SECONDS)) * 1000;
/** ANALYZE the database once the API has seeded it (BENCH_ANALYZE=off to skip); see analyzeDatabase. */
const ANALYZE = process.env.BENCH_ANALYZE !== 'off';
/** How many product pages scenario (b) rotates over, spread evenly over the catalog. */
const PRODUCT_HANDLES = 50;

type Ports = { gateway: number; catalog: number; inventory: number; customers: number };

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
const DISCOVER_PRODUCT_COUNT = /* GraphQL */ `
  query BenchProductCount { products(first: 1) { totalCount } }`;
const DISCOVER_PRODUCTS = /* GraphQL */ `
  query BenchProducts($ids: [ID!]!) { nodes(ids: $ids) { ... on Product { handle } } }`;

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

/** Set once the run is being torn down: nothing new may start after that. */
let aborting = false;
/** API children still running; killed outright if this process exits before stopping them. */
const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

function assertNotAborting(): void {
  if (aborting) throw new Error('the run is being aborted');
}

function abort(reason: string, code: number): void {
  aborting = true;
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
  const name = `commerce_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 17)}`;
  // Registered before CREATE DATABASE, so an interrupt while it runs still drops the database;
  // but never drop one that existed already (another run's).
  let ours = true;
  onCleanup(async () => {
    if (!ours) return;
    const dropper = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
    try {
      // FORCE ends connections a killed child may have left behind (PostgreSQL 13+).
      await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      console.error(`[bench] dropped database ${name}`);
    } finally {
      await dropper.end({ timeout: 5 });
    }
  });
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') ours = false; // duplicate_database
    throw error;
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), created: name };
}

/**
 * The seed bulk-loads ~150,000 rows and does not ANALYZE. Without statistics the planner
 * seq-scans (e.g. all of inventory.levels for every stock lookup); a server with autovacuum on
 * gathers them within a minute or so, one with it off never does. Measure the steady state.
 */
async function analyzeDatabase(url: string): Promise<{ autovacuum: string; ms: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const started = performance.now();
    const [row] = await sql<Array<{ setting: string }>>`select setting from pg_settings where name = 'autovacuum'`;
    await sql`ANALYZE`;
    return { autovacuum: row?.setting ?? 'unknown', ms: Math.round(performance.now() - started) };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// ───────────────────────────── API child ─────────────────────────────

interface ApiChild {
  label: string;
  gatewayUrl: string;
  process: ChildProcess;
  /** Lines the child wrote to stderr: with LOG_LEVEL=warn, its warn/error records and Node warnings. */
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
  assertNotAborting();
  for (const port of Object.values(ports)) await assertPortFree(port);
  assertNotAborting();
  // All services in one process (sql_statements_total then counts all of them), wired to each other.
  const inherited = { ...process.env };
  for (const name of ['CATALOG_URL', 'INVENTORY_URL', 'CUSTOMERS_URL', 'MEDIA_BASE_URL']) delete inherited[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...inherited,
      SERVICES: 'gateway,catalog,inventory,customers',
      DATABASE_URL: databaseUrl,
      GATEWAY_PORT: String(ports.gateway),
      CATALOG_PORT: String(ports.catalog),
      INVENTORY_PORT: String(ports.inventory),
      CUSTOMERS_PORT: String(ports.customers),
      NODE_ENV: 'production',
      // Production requires the secret that signs identities to subgraphs; any will do here.
      GATEWAY_SECRET: randomBytes(32).toString('base64url'),
      GATEWAY_DEDUPLICATE: 'off',
      LOG_LEVEL: 'warn',
      SEED_DEMO_CATALOG: 'on',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  const logLines: string[] = [];
  let exited = false;
  let exitInfo = '';
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      exited = true;
      exitInfo = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    });
  });
  // stdout carries only the start-up banner (info records are below LOG_LEVEL=warn).
  child.stdout!.resume();
  let buffered = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim())) {
      logLines.push(line);
      if (logLines.length <= 20) console.error(`[api:${label}] ${line}`);
      else if (logLines.length === 21) console.error(`[api:${label}] … more lines suppressed (counted in the summary)`);
    }
  });

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
  /** Memory of the API process, to spot growth across scenarios. */
  rssBytes: number;
  heapUsedBytes: number;
}

async function scrape(gatewayUrl: string): Promise<MetricsSnapshot> {
  const res = await fetch(`${gatewayUrl}/metrics`, { signal: AbortSignal.timeout(5000) });
  if (res.status !== 200) throw new Error(`/metrics answered HTTP ${res.status}`);
  const text = await res.text();
  let sql: number | null = null;
  let graphqlRequests = 0;
  let rssBytes = NaN;
  let heapUsedBytes = NaN;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const [, name, labels = '', value] = match;
    if (name === 'sql_statements_total') sql = (sql ?? 0) + Number(value);
    if (name === 'http_request_duration_seconds_count' && labels.includes('route="/graphql"')) graphqlRequests += Number(value);
    if (name === 'process_resident_memory_bytes') rssBytes = Number(value);
    if (name === 'nodejs_heap_size_used_bytes') heapUsedBytes = Number(value);
  }
  if (sql === null) throw new Error('sql_statements_total is missing from the gateway /metrics');
  return { sql, graphqlRequests, rssBytes, heapUsedBytes };
}

/** Waits (at most 5 s) until the gateway has finished what autocannon left in flight. */
async function settle(gatewayUrl: string): Promise<void> {
  let previous = await scrape(gatewayUrl);
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    await sleep(200);
    const current = await scrape(gatewayUrl);
    if (current.sql === previous.sql && current.graphqlRequests === previous.graphqlRequests) return;
    previous = current;
  }
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

/**
 * Sends every request variant once, one at a time (`repeat` passes), checking each answer, and
 * returns the exact SQL statements per request with nothing else running: the reference the
 * figure measured under load is compared with.
 */
async function verifyAndCount(gatewayUrl: string, bodies: string[], repeat = 1): Promise<{ sqlPerRequest: number; data: unknown[] }> {
  await mustQuery(gatewayUrl, bodies[0]!); // first-request caches are not what is measured
  const before = await scrape(gatewayUrl);
  const data: unknown[] = [];
  for (let pass = 0; pass < repeat; pass++) {
    for (const payload of bodies) data.push(await mustQuery(gatewayUrl, payload));
  }
  const after = await scrape(gatewayUrl);
  return { sqlPerRequest: (after.sql - before.sql) / (bodies.length * repeat), data: data.slice(0, bodies.length) };
}

interface PhaseStats {
  /** GraphQL requests sent in this phase. */
  sent: number;
  /** Their responses, whenever they arrived. */
  responses: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  firstBadBody: string | null;
}

const emptyStats = (): PhaseStats => ({ sent: 0, responses: 0, non2xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0, firstBadBody: null });

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface ScenarioResult {
  name: string;
  api: string;
  requestVariants: number;
  windowSeconds: number;
  /** GraphQL responses received inside the measured window, per second. */
  requestsPerSecond: number;
  /** Over the GraphQL responses received inside the measured window. */
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  /** GraphQL responses received inside the measured window. */
  requestsCompleted: number;
  /** GraphQL requests sent inside the window; the drain lets all of them finish. */
  requestsSent: number;
  /** /graphql requests the gateway finished between the two /metrics scrapes (should equal requestsSent). */
  requestsServedByGateway: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrorResponses: number;
  sqlStatements: number;
  /** sqlStatements / requestsServedByGateway. */
  sqlPerRequest: number;
  /** The same requests sent one at a time before the load: the exact statement count. */
  sqlPerRequestSequential: number;
  drainSeconds: { afterWarmup: number; afterWindow: number };
  /** API process memory when the scenario ended. */
  apiMemoryMiB: { rss: number; heapUsed: number };
  warmup: { responses: number; errors: number; non2xx: number; graphqlErrorResponses: number };
  firstBadResponse: string | null;
}

type Mode = 'warmup' | 'measure' | 'drain';
interface Tag { kind: 'graphql' | 'health'; phase: 'warmup' | 'measure' }

/**
 * One autocannon run per scenario, in phases: WARMUP_SECONDS of warm-up; a drain; the measured
 * window of SECONDS; a drain. While draining, each connection whose GraphQL request has come
 * back sends cheap `GET /healthz` instead (no SQL, not counted on /graphql), so every GraphQL
 * request finishes and none is abandoned half-way. The gateway's /metrics is scraped after each
 * drain, so the SQL delta holds exactly the statements of the requests sent in the window, and
 * is divided by exactly those requests. (Stopping autocannon at the end of the window instead
 * would leave the SQL of ~CONNECTIONS abandoned requests in the delta with no response to count.)
 */
async function runScenario(api: ApiChild, name: string, bodies: string[], sqlPerRequestSequential: number): Promise<ScenarioResult> {
  assertNotAborting();
  console.error(`[bench] ${name}: ${WARMUP_SECONDS}s warm-up + ${SECONDS}s measured, ${CONNECTIONS} connections, ${bodies.length} request variant${bodies.length === 1 ? '' : 's'}`);
  const stats = { warmup: emptyStats(), measure: emptyStats() };
  let mode: Mode = 'warmup';
  let phase: Tag['phase'] = 'warmup';
  let inFlight = 0;
  let windowOpen = false;
  let windowResponses = 0;
  const windowLatencies: number[] = [];
  let last: Tag = { kind: 'graphql', phase: 'warmup' };
  let next = 0;
  let failure: unknown = null;

  const instance = autocannon(
    {
      url: `${api.gatewayUrl}/graphql`,
      title: name,
      method: 'POST',
      connections: CONNECTIONS,
      // A safety net only: the run is stopped as soon as the last drain is over.
      duration: WARMUP_SECONDS + SECONDS + 40,
      timeout: 10,
      requests: [{
        // Fresh header objects each time: autocannon writes Content-Length into the one it gets.
        setupRequest: (request, context) => {
          const tag = context as Partial<Tag>;
          if (mode === 'drain') {
            tag.kind = 'health';
            return { ...request, method: 'GET', path: '/healthz', headers: { accept: 'text/plain' }, body: Buffer.alloc(0) };
          }
          tag.kind = 'graphql';
          tag.phase = phase;
          stats[phase].sent += 1;
          inFlight += 1;
          return {
            ...request,
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: bodies[next++ % bodies.length],
          };
        },
        // Called just before autocannon's 'response' event and verifyBody for the same response.
        onResponse: (_status, _body, context) => {
          last = context as Tag;
        },
      }],
      verifyBody: (responseBody) => {
        if (last.kind === 'health') return true;
        const text = String(responseBody);
        if (!hasGraphQLErrors(text)) return true;
        stats[last.phase].graphqlErrors += 1;
        stats[last.phase].firstBadBody ??= text.slice(0, 500);
        return false;
      },
    },
    (error) => {
      if (error) failure = error;
    },
  );
  const finished = new Promise<void>((resolve) => instance.once('done', () => resolve()));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (last.kind === 'health') return;
    const phaseStats = stats[last.phase];
    inFlight -= 1;
    phaseStats.responses += 1;
    if (statusCode < 200 || statusCode > 299) phaseStats.non2xx += 1;
    if (windowOpen) {
      windowResponses += 1;
      windowLatencies.push(responseTime);
    }
  });
  instance.on('reqError', (error: unknown) => {
    const phaseStats = stats[phase];
    phaseStats.errors += 1;
    if (error instanceof Error && /timed out/i.test(error.message)) phaseStats.timeouts += 1;
  });

  /** Stops new GraphQL requests and waits until those in flight are answered. */
  const drain = async (): Promise<number> => {
    mode = 'drain';
    const started = performance.now();
    // Requests time out after 10 s; a lost one would keep inFlight above 0, hence the bound.
    while (inFlight > 0 && performance.now() - started < 12_000) await sleep(20);
    await settle(api.gatewayUrl);
    return (performance.now() - started) / 1000;
  };

  const stopOnAbort = () => instance.stop();
  process.once('SIGINT', stopOnAbort);
  try {
    await sleep(WARMUP_SECONDS * 1000);
    if (failure) throw failure;
    const afterWarmup = await drain();
    const before = await scrape(api.gatewayUrl);
    phase = 'measure';
    mode = 'measure';
    windowOpen = true;
    const opened = performance.now();
    await sleep(SECONDS * 1000);
    windowOpen = false;
    const windowSeconds = (performance.now() - opened) / 1000;
    const afterWindow = await drain();
    const after = await scrape(api.gatewayUrl);

    const measured = stats.measure;
    const sqlStatements = after.sql - before.sql;
    const served = after.graphqlRequests - before.graphqlRequests;
    const sorted = [...windowLatencies].sort((a, b) => a - b);
    return {
      name,
      api: api.label,
      requestVariants: bodies.length,
      windowSeconds,
      requestsPerSecond: windowResponses / windowSeconds,
      latencyMs: {
        p50: percentile(sorted, 50),
        p90: percentile(sorted, 90),
        p99: percentile(sorted, 99),
        mean: sorted.length ? sorted.reduce((sum, v) => sum + v, 0) / sorted.length : NaN,
        max: sorted.length ? sorted[sorted.length - 1]! : NaN,
      },
      requestsCompleted: windowResponses,
      requestsSent: measured.sent,
      requestsServedByGateway: served,
      errors: measured.errors,
      timeouts: measured.timeouts,
      non2xx: measured.non2xx,
      graphqlErrorResponses: measured.graphqlErrors,
      sqlStatements,
      sqlPerRequest: served > 0 ? sqlStatements / served : NaN,
      sqlPerRequestSequential,
      drainSeconds: { afterWarmup, afterWindow },
      apiMemoryMiB: { rss: after.rssBytes / 2 ** 20, heapUsed: after.heapUsedBytes / 2 ** 20 },
      warmup: {
        responses: stats.warmup.responses, errors: stats.warmup.errors,
        non2xx: stats.warmup.non2xx, graphqlErrorResponses: stats.warmup.graphqlErrors,
      },
      firstBadResponse: measured.firstBadBody ?? stats.warmup.firstBadBody,
    };
  } finally {
    instance.stop();
    process.off('SIGINT', stopOnAbort);
    await Promise.race([finished, sleep(5000)]);
  }
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
  const loadAtStart = loadavg()[0]!;
  const deadline = setTimeout(() => abort(`deadline of ${DEADLINE_MS / 1000}s exceeded`, 124), DEADLINE_MS);
  deadline.unref();

  const database = await prepareDatabase();
  console.error(`[bench] database: ${database.created ?? '(BENCH_DATABASE_URL)'}`);

  const primary = await startApi('dataloader-on', database.url, MAIN_PORTS, { DATALOADER: 'on' });
  const analyzed = ANALYZE ? await analyzeDatabase(database.url) : null;
  if (analyzed) console.error(`[bench] ANALYZE after seeding: ${analyzed.ms} ms (server autovacuum = ${analyzed.autovacuum})`);

  // Real handles: the largest collection, and product handles spread over the whole catalog.
  const collections = await mustQuery<{ collections: { nodes: Array<{ handle: string; title: string; products: { totalCount: number } }> } }>(
    primary.gatewayUrl, body(DISCOVER_COLLECTIONS));
  const collection = [...collections.collections.nodes].sort((a, b) => b.products.totalCount - a.products.totalCount)[0];
  if (!collection) throw new Error('the catalog has no collections');
  const count = await mustQuery<{ products: { totalCount: number } }>(primary.gatewayUrl, body(DISCOVER_PRODUCT_COUNT));
  const step = Math.max(1, Math.floor(count.products.totalCount / PRODUCT_HANDLES));
  const ids = Array.from({ length: Math.min(PRODUCT_HANDLES, count.products.totalCount) }, (_, i) => `gid://shop/Product/${1 + i * step}`);
  const found = await mustQuery<{ nodes: Array<{ handle?: string } | null> }>(primary.gatewayUrl, body(DISCOVER_PRODUCTS, { ids }));
  const productHandles = found.nodes.flatMap((node) => (node?.handle ? [node.handle] : []));
  if (productHandles.length === 0) throw new Error('no product found by ID; the catalog is empty or IDs are not gid://shop/Product/<n>');

  const listingBodies = [body(LISTING_QUERY, { handle: collection.handle })];
  const productBodies = productHandles.map((handle) => body(PRODUCT_QUERY, { handle }));
  const searchBodies = SEARCH_TERMS.map((query) => body(SEARCH_QUERY, { query }));

  // Every request variant once, one at a time: no `errors`, sensible data, exact SQL count.
  const warnings: string[] = [];
  const listingCheck = await verifyAndCount(primary.gatewayUrl, listingBodies, 3);
  const listed = (listingCheck.data[0] as { collection: { products: { nodes: unknown[] } } | null }).collection?.products.nodes.length ?? 0;
  if (listed !== 24) warnings.push(`listing returned ${listed} products, expected 24`);
  const productCheck = await verifyAndCount(primary.gatewayUrl, productBodies);
  productCheck.data.forEach((data, i) => {
    if (!(data as { product: unknown }).product) warnings.push(`product(handle: "${productHandles[i]}") is null`);
  });
  const searchCheck = await verifyAndCount(primary.gatewayUrl, searchBodies);
  const searchHits: Record<string, number> = {};
  searchCheck.data.forEach((data, i) => {
    const hits = (data as { search: { totalCount: number } }).search.totalCount;
    searchHits[SEARCH_TERMS[i]!] = hits;
    if (hits === 0) warnings.push(`search "${SEARCH_TERMS[i]}" found nothing`);
  });
  console.error(`[bench] collection "${collection.handle}" (${collection.products.totalCount} products), ${productHandles.length} product handles; ` +
    `sample responses have no errors; search hits ${JSON.stringify(searchHits)}`);

  const results: ScenarioResult[] = [];
  results.push(await runScenario(primary, 'a. listing', listingBodies, listingCheck.sqlPerRequest));
  results.push(await runScenario(primary, 'b. product by handle', productBodies, productCheck.sqlPerRequest));
  results.push(await runScenario(primary, 'c. search', searchBodies, searchCheck.sqlPerRequest));
  await primary.stop();

  const baseline = await startApi('dataloader-off', database.url, BASELINE_PORTS, { DATALOADER: 'off', SEED_DEMO_CATALOG: 'off' });
  const baselineCheck = await verifyAndCount(baseline.gatewayUrl, listingBodies, 1);
  // Same data expected, except image URLs, which name each child's own catalog port.
  const sameListing = (data: unknown, catalogPort: number) => JSON.stringify(data).replaceAll(`127.0.0.1:${catalogPort}/`, 'catalog/');
  if (sameListing(baselineCheck.data[0], BASELINE_PORTS.catalog) !== sameListing(listingCheck.data[0], MAIN_PORTS.catalog)) {
    warnings.push('the listing with DATALOADER=off differs from the listing with DataLoader on');
  }
  results.push(await runScenario(baseline, 'd. listing, DATALOADER=off', listingBodies, baselineCheck.sqlPerRequest));
  await baseline.stop();

  // ── report ──
  const on = results[0]!;
  const off = results[3]!;
  const ratio = {
    requestsPerSecondOnOverOff: on.requestsPerSecond / off.requestsPerSecond,
    sqlPerRequestOffOverOn: off.sqlPerRequest / on.sqlPerRequest,
    sqlPerRequestSequentialOffOverOn: off.sqlPerRequestSequential / on.sqlPerRequestSequential,
  };
  const rows = [
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'timeouts', 'non-2xx', 'gql errors', 'SQL/req', 'SQL/req 1-at-a-time'],
    ...results.map((r) => [
      r.name, fmt(r.requestsPerSecond), fmt(r.latencyMs.p50, 0), fmt(r.latencyMs.p99, 0), String(r.requestsCompleted),
      String(r.errors), String(r.timeouts), String(r.non2xx), String(r.graphqlErrorResponses), fmt(r.sqlPerRequest, 2), fmt(r.sqlPerRequestSequential, 2),
    ]),
  ];
  console.log('');
  console.log(`Catalog benchmark: ${SECONDS}s measured per scenario after ${WARMUP_SECONDS}s warm-up, ${CONNECTIONS} connections, ` +
    `NODE_ENV=production, GATEWAY_DEDUPLICATE=off, database ${analyzed ? 'ANALYZEd after seeding' : 'not ANALYZEd (BENCH_ANALYZE=off)'}`);
  const loadAtEnd = loadavg()[0]!;
  console.log(`machine: ${availableParallelism()} CPUs, 1-min load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end ` +
    '(the bench and the API account for about 2; more means other processes competed for CPU)');
  console.log(`listing: collection "${collection.handle}" (${collection.products.totalCount} products), first 24 BEST_SELLING; ` +
    `product page: ${productHandles.length} handles; search: ${SEARCH_TERMS.map((t) => JSON.stringify(t)).join(', ')}`);
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(`Listing, DataLoader on vs off: ${fmt(ratio.requestsPerSecondOnOverOff, 2)}x the requests/s ` +
    `(${fmt(on.requestsPerSecond)} vs ${fmt(off.requestsPerSecond)}); SQL statements per request ${fmt(on.sqlPerRequest, 2)} vs ${fmt(off.sqlPerRequest, 2)} ` +
    `= ${fmt(ratio.sqlPerRequestOffOverOn, 1)}x fewer with DataLoader (1 at a time: ${fmt(on.sqlPerRequestSequential, 2)} vs ${fmt(off.sqlPerRequestSequential, 2)})`);
  const apiLogLines = { 'dataloader-on': primary.logLines.length, 'dataloader-off': baseline.logLines.length };
  if (primary.logLines.length + baseline.logLines.length > 0) warnings.push(`the API wrote warn/error lines: ${JSON.stringify(apiLogLines)} (see [api:…] on stderr)`);
  for (const r of results) {
    if (r.warmup.errors + r.warmup.non2xx + r.warmup.graphqlErrorResponses > 0) warnings.push(`${r.name}: errors during warm-up ${JSON.stringify(r.warmup)}`);
    if (r.firstBadResponse) warnings.push(`${r.name}: first response with errors: ${r.firstBadResponse}`);
  }
  for (const warning of warnings) console.log(`warning: ${warning}`);

  const failed = results.filter((r) => r.errors + r.timeouts + r.non2xx + r.graphqlErrorResponses > 0 || r.requestsCompleted === 0);
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
      database: database.created ?? 'BENCH_DATABASE_URL', analyzedAfterSeeding: analyzed !== null,
      serverAutovacuum: analyzed?.autovacuum ?? 'not checked', node: process.version, cpus: availableParallelism(),
      loadAverage1m: { start: loadAtStart, end: loadAtEnd },
    },
    inputs: { collection: collection.handle, collectionProducts: collection.products.totalCount, productHandles, searchTerms: SEARCH_TERMS, searchHits },
    scenarios: results,
    listingDataLoaderOnVsOff: ratio,
    apiLogLines,
    apiLog: { 'dataloader-on': primary.logLines.slice(0, 50), 'dataloader-off': baseline.logLines.slice(0, 50) },
    warnings,
    failedScenarios: failed.map((r) => r.name),
  }, null, 2)}\n`);
  console.log(`\nresults: ${relative(ROOT, file)}`);
  if (failed.length > 0) console.log(`FAILED: errors or no completed requests in ${failed.map((r) => r.name).join(', ')}`);
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
