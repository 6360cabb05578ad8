// Storefront benchmark: `next start` from the storefront's build against the API started as a
// child on a throw-away database. Measures requests/s of a cached product page (page-cache hit)
// against the same page rendered on every request (draft mode), and runs Lighthouse (mobile)
// on the home, a collection and a product page. Prints figures, never asserts timings.
// Run from the repo root: `npm run bench:storefront`. See bench/README.md.
import { loadavg } from 'node:os';
import { relative } from 'node:path';
import { startApi } from './lib/api-child.js';
import { prepareDatabase } from './lib/database.js';
import { discoverHandles } from './lib/discover.js';
import { ROOT } from './lib/settings.js';
import { runPageLoad } from './lib/storefront-load.js';
import { auditPage, launchChrome, type PageAudit } from './lib/storefront-lighthouse.js';
import { checkProductPages, draftModeCookie, h1Text, warmPage } from './lib/storefront-pages.js';
import {
  failures,
  printReport,
  warningsFromRun,
  writeResultsFile,
  type StorefrontRun,
} from './lib/storefront-report.js';
import {
  assertPortsFree,
  copyStorefrontBuild,
  ensureStorefrontBuild,
  startStorefront,
} from './lib/storefront-server.js';
import {
  API_PORTS,
  CONTENT_PORT,
  LIGHTHOUSE_COLLECTION,
  LIGHTHOUSE_PAGES,
  LIGHTHOUSE_RUNS,
  LOAD_SCENARIOS,
  PRODUCT_PAGES,
  STOREFRONT_DEADLINE_MS,
  STOREFRONT_PORT,
  STOREFRONT_URL,
} from './lib/storefront-settings.js';
import { abort, runBench } from './lib/teardown.js';

async function main(): Promise<number> {
  const startedAt = new Date();
  await assertPortsFree([...Object.values(API_PORTS), CONTENT_PORT, STOREFRONT_PORT]);
  const build = await ensureStorefrontBuild();
  const deadline = setTimeout(
    () => abort(`deadline of ${STOREFRONT_DEADLINE_MS / 1000}s exceeded`, 124),
    STOREFRONT_DEADLINE_MS,
  );
  deadline.unref();
  const loadAtStart = loadavg()[0]!;

  const database = await prepareDatabase();
  console.error(`[bench] database: ${database.created ?? '(BENCH_DATABASE_URL)'}`);
  const copy = await copyStorefrontBuild(startedAt.toISOString().replace(/\D/g, '').slice(0, 17));
  const api = await startApi('storefront-bench', database.url, API_PORTS, {
    // The home page and the header's menus come from content: without it `/` answers 500.
    SERVICES: 'gateway,catalog,inventory,customers,cart,checkout,content',
    CONTENT_PORT: String(CONTENT_PORT),
    // The storefront calls the gateway from 127.0.0.1 and forwards the shopper's address (as `npm start` sets it up).
    TRUSTED_PROXIES: '127.0.0.1,::1',
    STOREFRONT_URL,
  });
  const storefront = await startStorefront(copy.dir, STOREFRONT_PORT, {
    GRAPHQL_URL: `${api.gatewayUrl}/graphql`,
    STOREFRONT_URL,
    FIRST_PARTY_SECRET: api.firstPartySecret,
  });

  // Cached vs rendered, same URLs: each page is cached first, then both ways are checked one at a time.
  const { productHandles } = await discoverHandles(api.gatewayUrl, PRODUCT_PAGES);
  const cookie = await draftModeCookie(copy.dir);
  const check = await checkProductPages(storefront.url, api.metricsUrl, productHandles, cookie);
  console.error(
    `[bench] ${productHandles.length} product pages cached; draft mode renders each (${check.dynamic.gatewayRequests} gateway requests for ${check.dynamic.requests} pages, ` +
      `${check.cached.gatewayRequests} for ${check.cached.requests} cached)${check.problems.length ? `; problems: ${check.problems.join('; ')}` : ''}`,
  );
  const common = { storefrontUrl: storefront.url, metricsUrl: api.metricsUrl, h1ByHandle: check.h1ByHandle };
  const cached = LOAD_SCENARIOS
    ? await runPageLoad({ ...common, name: 'a. cached (page-cache hit)', mode: 'cached' })
    : null;
  const dynamic = LOAD_SCENARIOS
    ? await runPageLoad({ ...common, name: 'b. rendered (draft mode)', mode: 'dynamic', cookie })
    : null;

  // Lighthouse on three page types (or those BENCH_LIGHTHOUSE_PAGES names), each served from the page cache.
  const chrome = await launchChrome();
  const audits: PageAudit[] = [];
  const paths = {
    home: '/',
    collection: `/collections/${LIGHTHOUSE_COLLECTION}`,
    product: `/products/${productHandles[0]}`,
  };
  for (const name of LIGHTHOUSE_PAGES) {
    const path = paths[name];
    const url = `${storefront.url}${path}`;
    const warmed = await warmPage(url);
    audits.push(await auditPage(chrome, name, url, warmed.cache ?? 'absent', LIGHTHOUSE_RUNS));
  }

  const partial = {
    startedAt,
    databaseName: database.created,
    build: { id: copy.buildId, builtNow: build.built, buildSeconds: build.seconds },
    loadAverage1m: { start: loadAtStart, end: loadavg()[0]! },
    productPages: productHandles.map((handle) => ({ handle, title: h1Text(check.h1ByHandle[handle] ?? null) })),
    check,
    cached,
    dynamic,
    audits,
    storefrontLog: storefront.logLines,
    apiLog: api.logLines,
  };
  const run: StorefrontRun = { ...partial, warnings: warningsFromRun(partial) };
  printReport(run);
  const failed = failures(run);
  const { file, reports } = writeResultsFile(run, failed);
  console.log(
    `results: ${relative(ROOT, file)}; median Lighthouse reports: ${reports.map((r) => relative(ROOT, r)).join(', ')}`,
  );
  if (failed.length > 0) console.log(`FAILED: ${failed.join('; ')}`);
  return failed.length > 0 ? 1 : 0;
}

await runBench(main);
