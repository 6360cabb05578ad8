// Publish-to-edge benchmark: 50 publishes (pagePublish of a content page; BENCH_PUBLISH=price for
// variantPricesUpdate of a product's prices) through the API child, its worker, the storefront and
// Varnish with deploy/varnish/default.vcl, timing each from the mutation until the edge serves the
// new version. The baseline, in the same run: the outbox-to-worker pickup time of
// the same publishes (outbox rows' picked_at - created_at). Prints p50/p99 of both and their
// ratio. Run from the repo root: `npm run bench:publish`. Bounded: 4 minutes after the build.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createStaffToken } from '@commerce/devtools/staff-token';
import { percentile } from '@commerce/devtools/stats';
import { copyStorefrontBuild as copyBuild } from '@commerce/devtools/storefront-copy';
import postgres from 'postgres';
import { startApi, type Ports } from './lib/api-child.js';
import { prepareDatabase } from './lib/database.js';
import { startEdge } from './lib/edge.js';
import { pagePublisher, pricePublisher } from './lib/publishers.js';
import { copyStorefrontBuild, ensureStorefrontBuild, startStorefront } from './lib/storefront-server.js';
import { positiveInteger, ROOT } from './lib/settings.js';
import { abort, onCleanup, runBench } from './lib/teardown.js';

const PUBLISHES = positiveInteger('BENCH_PUBLISHES', 50);
const DEADLINE_MS = 4 * 60_000;
/** A publish not at the edge after this long fails the run. */
const PUBLISH_TIMEOUT_MS = 10_000;
const POLL_MS = 20;
// Apart from `npm start`, e2e (4400s, 3400s) and the other benches (4100-4129, 3500).
const PORTS: Ports = {
  gateway: 4140,
  catalog: 4141,
  inventory: 4142,
  customers: 4143,
  cart: 4144,
  checkout: 4145,
  admin: 4149,
};
const WORKER_PORT = 4146;
const CONTENT_PORT = 4147;
/** `page` (default): pagePublish of a content page; `price`: variantPricesUpdate of a product. */
const PUBLISH = process.env.BENCH_PUBLISH === 'price' ? 'price' : 'page';
const STOREFRONT_PORT = 3510;
const EDGE_PORT = 3511;
/** Another built checkout of the storefront (as e2e's E2E_STOREFRONT_DIR), instead of building apps/storefront. */
const STOREFRONT_BUILD = process.env.BENCH_STOREFRONT_DIR;

async function storefrontCopy(): Promise<string> {
  if (!STOREFRONT_BUILD) {
    const build = await ensureStorefrontBuild();
    if (build.built) console.error(`[bench] storefront built in ${build.seconds.toFixed(0)}s (not counted)`);
    return (await copyStorefrontBuild(`publish-${Date.now()}`)).dir;
  }
  const dir = join(ROOT, 'bench', 'results', `.storefront-publish-${Date.now()}`);
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  await copyBuild(resolve(ROOT, STOREFRONT_BUILD), dir);
  return dir;
}

interface Published {
  ms: number;
  /** Until the mutation answered (its transaction, with the outbox row, committed). */
  mutationMs: number;
  pollRequests: number;
}

const edgeGet = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' });
  return { cache: response.headers.get('x-cache') ?? '', body: await response.text() };
};

async function main(): Promise<number> {
  const storefrontDir = await storefrontCopy();
  setTimeout(() => abort(`deadline of ${DEADLINE_MS / 1000}s exceeded`, 124), DEADLINE_MS).unref();

  const database = await prepareDatabase();
  const revalidateSecret = randomBytes(32).toString('base64url');
  const purgeSecret = randomBytes(32).toString('base64url');
  const storefrontUrl = `http://127.0.0.1:${STOREFRONT_PORT}`;
  const api = await startApi('publish', database.url, PORTS, {
    SERVICES: 'gateway,catalog,inventory,customers,cart,checkout,content,worker',
    WORKER_PORT: String(WORKER_PORT),
    CONTENT_PORT: String(CONTENT_PORT),
    // Production requires a mail server where the worker runs; this run sends no mail.
    SMTP_URL: 'smtp://127.0.0.1:9',
    STOREFRONT_REVALIDATE_URL: `${storefrontUrl}/api/revalidate`,
    REVALIDATE_SECRET: revalidateSecret,
  });
  await startStorefront(storefrontDir, STOREFRONT_PORT, {
    GRAPHQL_URL: `${api.gatewayUrl}/graphql`,
    STOREFRONT_URL: storefrontUrl,
    FIRST_PARTY_SECRET: api.firstPartySecret,
    REVALIDATE_SECRET: revalidateSecret,
    EDGE_PURGE_URL: `http://127.0.0.1:${EDGE_PORT}/`,
    EDGE_PURGE_SECRET: purgeSecret,
  });
  const edge = await startEdge({
    port: EDGE_PORT,
    storefrontPort: STOREFRONT_PORT,
    gatewayPort: PORTS.gateway,
    purgeSecret,
  });
  const publisher =
    PUBLISH === 'price'
      ? await pricePublisher(api.gatewayUrl, await createStaffToken(database.url, ['MERCHANDISER']))
      : await pagePublisher(api.gatewayUrl, await createStaffToken(database.url, ['MARKETER']));
  const pageUrl = `${edge.url}${publisher.path}`;
  console.error(`[bench] ${PUBLISHES} ${publisher.label} through ${edge.url}`);

  // Same host, same clock as the database: rows of earlier set-up publishes are left out.
  const since = new Date();
  const published: Published[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    // The page as shoppers get it: from the edge's cache.
    for (let tries = 0; (await edgeGet(pageUrl)).cache !== 'HIT'; tries++) {
      if (tries > 40) throw new Error(`${pageUrl} never became an edge HIT`);
      await sleep(50);
    }
    const { publish, shows } = await publisher.prepare(i);
    const started = performance.now();
    await publish();
    const mutationMs = performance.now() - started;
    let polls = 0;
    while (!(await edgeGet(pageUrl)).body.includes(shows)) {
      polls++;
      if (performance.now() - started > PUBLISH_TIMEOUT_MS)
        throw new Error(`publish ${i} not at the edge after ${PUBLISH_TIMEOUT_MS} ms`);
      await sleep(POLL_MS);
    }
    published.push({ ms: performance.now() - started, mutationMs, pollRequests: polls + 1 });
  }

  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  const rows = await sql<{ pickup_ms: number; flush_ms: number }[]>`
    select extract(epoch from picked_at - created_at)::float8 * 1000 as pickup_ms,
           extract(epoch from done_at - created_at)::float8 * 1000 as flush_ms
      from outbox.cache_invalidations
     where ${publisher.tag} = any(tags) and created_at >= ${since} and done_at is not null
     order by id`;
  await sql.end({ timeout: 5 });
  await api.stop();

  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
  };
  const edgeStats = stats(published.map((p) => p.ms));
  const pickup = stats(rows.map((row) => row.pickup_ms));
  const flush = stats(rows.map((row) => row.flush_ms));
  const line = (name: string, s: { p50: number; p99: number; max: number }) =>
    `${name.padEnd(44)} p50 ${s.p50.toFixed(1).padStart(7)} ms   p99 ${s.p99.toFixed(1).padStart(7)} ms   max ${s.max.toFixed(1).padStart(7)} ms`;
  console.log(`\nPublish to edge (${published.length} ${publisher.label}, ${rows.length} outbox rows flushed)`);
  console.log(line('publish mutation answered', stats(published.map((p) => p.mutationMs))));
  console.log(line('baseline: outbox row to worker pickup', pickup));
  console.log(line('outbox row to storefront revalidated (flush)', flush));
  console.log(line('publish to new version served by Varnish', edgeStats));
  console.log(
    `ratio publish-to-edge / pickup: p50 ${(edgeStats.p50 / pickup.p50).toFixed(1)}×, p99 ${(edgeStats.p99 / pickup.p99).toFixed(1)}×`,
  );
  const polls = published.reduce((sum, p) => sum + p.pollRequests, 0);
  console.log(`edge polls: ${polls} requests (every ${POLL_MS} ms until the new version showed)`);
  return published.length === PUBLISHES && rows.length >= PUBLISHES ? 0 : 1;
}

await runBench(main);
