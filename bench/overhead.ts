// Per-request overhead of a cache MISS in one API process: the gateway's floor `{ shop { name } }`,
// the listing and the product page, each through the gateway with 50 connections, with the
// response cache off. Prints requests/s, p50/p99, Node CPU ms per request and each one's ratio
// to the floor in the same run. With OVERHEAD_PROFILE=on the API child is profiled by bench/cpu-profile-hook.mjs
// (profiles in OVERHEAD_PROFILE_DIR, default /tmp/prof); summarize one with
// `npx tsx bench/cpu-profile-summary.ts <file>`. Run from the repo root: `npx tsx bench/overhead.ts`.
// What it measures and what the profiles showed: docs/performance.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startApi, type ApiChild } from './lib/api-child.js';
import { analyzeDatabase, prepareDatabase } from './lib/database.js';
import { discoverHandles } from './lib/discover.js';
import { body, mustQuery } from './lib/graphql.js';
import { LISTING_QUERY, PRODUCT_QUERY } from './lib/queries.js';
import { positiveNumber, ROOT } from './lib/settings.js';
import { runBench } from './lib/teardown.js';

const PORTS = {
  gateway: 4170,
  catalog: 4171,
  inventory: 4172,
  customers: 4173,
  cart: 4174,
  checkout: 4175,
  admin: 4179,
};
/** 50 as in the table; fewer (OVERHEAD_CONNECTIONS) keep a shared machine's database out of the picture. */
const CONNECTIONS = positiveNumber('OVERHEAD_CONNECTIONS', 50);
const SECONDS = positiveNumber('BENCH_SECONDS', 10);
const WARMUP_SECONDS = 3;
const FLOOR_QUERY = '{ shop { name } }';
const PROFILE = process.env.OVERHEAD_PROFILE === 'on';
const PROFILE_DIR = process.env.OVERHEAD_PROFILE_DIR ?? '/tmp/prof';
const PROFILE_HOOK = join(ROOT, 'bench', 'cpu-profile-hook.mjs');
/** Extra Node flags for the API child, e.g. OVERHEAD_NODE_FLAGS=--max-semi-space-size=32. */
const NODE_FLAGS = process.env.OVERHEAD_NODE_FLAGS ?? '';
/** Which of listing,product to measure after the floor (a profile of one alone is easier to read). */
const SCENARIOS = (process.env.OVERHEAD_SCENARIOS ?? 'listing,product').split(',');

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  non2xx: number;
  errors: number;
}

/** user + system CPU of one process, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat; index 11 and 12 after the ") " split.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function load(url: string, bodies: string[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
}

/** Whether the API child's profiler runs (bench/cpu-profile-hook.mjs: SIGUSR2 starts, the next stops). */
let profiling = false;

async function measure(api: ApiChild, name: string, bodies: string[], profile = false): Promise<Figures> {
  await load(api.gatewayUrl, bodies, WARMUP_SECONDS);
  // The profile starts with the first measured window after the floor's (not start-up or warm-up).
  if (profile && !profiling) {
    profiling = true;
    process.kill(api.process.pid, 'SIGUSR2');
  }
  const cpuBefore = cpuMs(api.process.pid);
  const result = await load(api.gatewayUrl, bodies, SECONDS);
  const cpu = cpuMs(api.process.pid) - cpuBefore;
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: cpu / Math.max(1, result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function main(): Promise<number> {
  const database = await prepareDatabase();
  const api = await startApi('overhead', database.url, PORTS, {
    RESPONSE_CACHE: 'off',
    DATALOADER: 'on',
    NODE_OPTIONS: [PROFILE ? `--import ${PROFILE_HOOK}` : '', NODE_FLAGS].join(' ').trim(),
    CPU_PROFILE_DIR: PROFILE_DIR,
  });
  if (database.created) await analyzeDatabase(database.url);
  const { collection, productHandles } = await discoverHandles(api.gatewayUrl, 50);
  const listing = [body(LISTING_QUERY, { handle: collection.handle })];
  const products = productHandles.map((handle) => body(PRODUCT_QUERY, { handle }));
  // Every body answers without errors before anything is measured.
  for (const payload of [body(FLOOR_QUERY), ...listing, ...products]) await mustQuery(api.gatewayUrl, payload);

  const floor = await measure(api, 'floor { shop { name } }', [body(FLOOR_QUERY)]);
  const rows = [floor];
  if (SCENARIOS.includes('listing')) rows.push(await measure(api, 'listing (24 x 10 variants)', listing, PROFILE));
  if (SCENARIOS.includes('product')) rows.push(await measure(api, 'product by handle (50 handles)', products, PROFILE));
  if (profiling) {
    // The second signal stops the profiler before shutdown's aborted calls reach it.
    process.kill(api.process.pid, 'SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  await api.stop();

  console.log(`\n${CONNECTIONS} connections, ${SECONDS}s each after ${WARMUP_SECONDS}s warm-up, response cache off`);
  console.log(`node flags: ${NODE_OPTIONS_LABEL()}`);
  console.log('query                          req/s  ratio   p50 ms  p99 ms  Node CPU ms/req  non2xx+errors');
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(30)} ${row.rps.toFixed(0).padStart(5)}  ${(row.rps / floor.rps).toFixed(3).padStart(5)}` +
        `  ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)}  ${row.cpuMsPerRequest.toFixed(2).padStart(15)}` +
        `  ${row.non2xx + row.errors}`,
    );
  }
  if (PROFILE) console.log(`CPU profile written to ${PROFILE_DIR}`);
  return rows.some((row) => row.non2xx + row.errors > 0) ? 1 : 0;
}

function NODE_OPTIONS_LABEL(): string {
  return [PROFILE ? '--cpu-prof' : '', NODE_FLAGS].join(' ').trim() || '(none)';
}

await runBench(main);
