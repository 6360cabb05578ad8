import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { fixed as fmt, table } from '@commerce/devtools/table';
import type { PageLoadResult } from './storefront-load.js';
import type { PageAudit } from './storefront-lighthouse.js';
import { targetChecks } from './storefront-lighthouse.js';
import type { ProductPageCheck } from './storefront-pages.js';
import { resultsFilePath } from './results-file.js';
import { CONNECTIONS, SECONDS, WARMUP_SECONDS } from './settings.js';
import {
  API_PORTS,
  CHROME_FLAGS,
  CHROME_PATH,
  LIGHTHOUSE_RUNS,
  STOREFRONT_PORT,
  TARGETS,
} from './storefront-settings.js';

/** Everything the stdout report and the results file are made from. */
export interface StorefrontRun {
  startedAt: Date;
  databaseName: string | null;
  build: { id: string; builtNow: boolean; buildSeconds: number };
  loadAverage1m: { start: number; end: number };
  productPages: Array<{ handle: string; title: string }>;
  check: ProductPageCheck;
  /** Null when BENCH_STOREFRONT_LOAD=off skipped the load scenarios. */
  cached: PageLoadResult | null;
  dynamic: PageLoadResult | null;
  audits: PageAudit[];
  storefrontLog: string[];
  apiLog: string[];
  warnings: string[];
}

export function compareLoad(cached: PageLoadResult | null, dynamic: PageLoadResult | null) {
  if (!cached || !dynamic) return null;
  return {
    requestsPerSecondCachedOverDynamic: cached.requestsPerSecond / dynamic.requestsPerSecond,
    p50DynamicOverCached: dynamic.latencyMs.p50 / cached.latencyMs.p50,
    p99DynamicOverCached: dynamic.latencyMs.p99 / cached.latencyMs.p99,
  };
}

function loadResults(run: Pick<StorefrontRun, 'cached' | 'dynamic'>): PageLoadResult[] {
  return [run.cached, run.dynamic].filter((r): r is PageLoadResult => r !== null);
}

/** Problems that make the figures meaningless (errors, wrong pages); missed Lighthouse targets are not among them. */
export function failures(run: StorefrontRun): string[] {
  const failed: string[] = [];
  for (const r of loadResults(run)) {
    if (r.errors + r.timeouts + r.non2xx + r.wrongPage > 0 || r.requestsCompleted === 0) {
      failed.push(
        `${r.name}: ${r.requestsCompleted} responses, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.wrongPage} without the product's <h1>`,
      );
    }
  }
  for (const audit of run.audits)
    if (!audit.median)
      failed.push(`lighthouse ${audit.name}: every run failed (${audit.runs.map((r) => r.runtimeError).join('; ')})`);
  return failed;
}

/** Warnings the finished run can tell: log output, warm-up trouble, responses not cached/rendered as intended. */
export function warningsFromRun(run: Omit<StorefrontRun, 'warnings'>): string[] {
  const warnings: string[] = [...run.check.problems];
  if (run.apiLog.length > 0)
    warnings.push(`the API wrote ${run.apiLog.length} warn/error lines (see [api:…] on stderr)`);
  if (run.storefrontLog.length > 0)
    warnings.push(`next start wrote ${run.storefrontLog.length} lines after start-up (see [storefront] on stderr)`);
  for (const r of loadResults(run)) {
    if (r.warmup.errors + r.warmup.non2xx > 0)
      warnings.push(`${r.name}: errors during warm-up ${JSON.stringify(r.warmup)}`);
    if (r.unexpectedCaching > 0) {
      warnings.push(
        `${r.name}: ${r.unexpectedCaching} responses ${r.mode === 'cached' ? 'without x-nextjs-cache: HIT' : "without draft mode's Cache-Control: private, no-store"}`,
      );
    }
  }
  const perPage = run.dynamic?.gatewayRequestsPerResponse;
  if (perPage !== undefined && !(perPage > 0.8))
    warnings.push(
      `rendered pages: ${perPage.toFixed(2)} gateway requests per response (expected about 1: some were not rendered?)`,
    );
  if (run.cached && run.cached.gatewayRequestsPerResponse > 0.05)
    warnings.push(
      `cached pages: ${run.cached.gatewayRequestsPerResponse.toFixed(2)} gateway requests per response (expected 0)`,
    );
  for (const audit of run.audits) {
    if (audit.warmedCache !== 'HIT')
      warnings.push(`lighthouse ${audit.name}: the warm-up request got x-nextjs-cache: ${audit.warmedCache}`);
    for (const [index, r] of audit.runs.entries()) {
      if (r.runtimeError) warnings.push(`lighthouse ${audit.name} run ${index + 1}: ${r.runtimeError}`);
      for (const w of r.runWarnings) warnings.push(`lighthouse ${audit.name} run ${index + 1}: ${w}`);
    }
  }
  return warnings;
}

function kib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : 'n/a';
}

function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a';
}

function mark(ok: boolean | null | undefined): string {
  return ok === undefined || ok === null ? ' ' : ok ? '✓' : '✗';
}

function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, '');
}

/** A script's file name, the page's own path for the document (its inline scripts), or Lighthouse's label ("Unattributable"). */
function scriptLabel(url: string): string {
  if (!/^https?:/.test(url)) return url;
  const path = shortUrl(url);
  return path.startsWith('/_next/') ? basename(path) : `document ${path}`;
}

/** The human-readable summary on stdout. */
export function printReport(run: StorefrontRun): void {
  const { cached, dynamic } = run;
  const ratio = compareLoad(cached, dynamic);
  const loads = loadResults(run);
  console.log('');
  console.log(
    `Storefront benchmark: next start of build ${run.build.id}${run.build.builtNow ? ` (built by this run in ${fmt(run.build.buildSeconds, 0)}s)` : ''} on :${STOREFRONT_PORT}, ` +
      `API on :${API_PORTS.gateway}–${API_PORTS.customers} (NODE_ENV=production, GATEWAY_DEDUPLICATE=off, database ${run.databaseName ?? 'BENCH_DATABASE_URL'})`,
  );
  const { start, end } = run.loadAverage1m;
  console.log(
    `machine: ${availableParallelism()} CPUs, 1-min load average ${start.toFixed(2)} at start, ${end.toFixed(2)} at end ` +
      '(the bench, next start and the API account for about 2; more means other processes competed for CPU)',
  );
  console.log(
    `product pages: ${run.productPages.length} handles spread over the catalog, each warmed into the page cache first ` +
      `(e.g. ${run.productPages
        .slice(0, 3)
        .map((p) => `/products/${p.handle}`)
        .join(', ')})`,
  );
  const { dynamic: d, cached: c } = run.check;
  console.log(
    `checks, one request at a time: draft mode: ${d.status200}/${d.requests} HTTP 200, ${d.sameH1}/${d.requests} same <h1> as the cached page, ` +
      `${d.privateNoStore}/${d.requests} Cache-Control private/no-store, ${d.gatewayRequests} gateway requests (one render each); ` +
      `x-nextjs-cache on them ${JSON.stringify(d.cacheHeader)}. Cached afterwards: ${c.hits}/${c.requests} HIT, ${c.sameH1}/${c.requests} same <h1>, ${c.gatewayRequests} gateway requests`,
  );

  if (!cached || !dynamic || !ratio) console.log('\nLoad scenarios skipped (BENCH_STOREFRONT_LOAD=off).');
  else {
    console.log('');
    console.log(
      `Product page from next start: ${SECONDS}s measured after ${WARMUP_SECONDS}s warm-up, ${CONNECTIONS} connections, GET without Accept-Encoding`,
    );
    console.log(
      table([
        [
          'scenario',
          'req/s',
          'p50 ms',
          'p99 ms',
          'requests',
          'errors',
          'timeouts',
          'non-2xx',
          'wrong page',
          'not as intended',
          'gateway req/page',
          'KiB/response',
        ],
        ...loads.map((r) => [
          r.name,
          fmt(r.requestsPerSecond),
          fmt(r.latencyMs.p50, 0),
          fmt(r.latencyMs.p99, 0),
          String(r.requestsCompleted),
          String(r.errors),
          String(r.timeouts),
          String(r.non2xx),
          String(r.wrongPage),
          String(r.unexpectedCaching),
          `≈${fmt(r.gatewayRequestsPerResponse, 2)}`,
          fmt(r.bytesPerResponse / 1024, 1),
        ]),
      ]),
    );
    console.log('');
    console.log(
      `Cached vs rendered: ${fmt(ratio.requestsPerSecondCachedOverDynamic, 1)}x the requests/s (${fmt(cached.requestsPerSecond)} vs ${fmt(dynamic.requestsPerSecond)}); ` +
        `p50 ${fmt(cached.latencyMs.p50, 0)} vs ${fmt(dynamic.latencyMs.p50, 0)} ms, p99 ${fmt(cached.latencyMs.p99, 0)} vs ${fmt(dynamic.latencyMs.p99, 0)} ms`,
    );
  }

  console.log('');
  console.log(
    `Lighthouse ${run.audits[0]?.lighthouseVersion ?? ''}, mobile (default config, simulated throttling), performance only; median of ${LIGHTHOUSE_RUNS} runs per page, ` +
      `each page warmed into the page cache first. Targets: score ≥ ${TARGETS.score}, LCP ≤ ${TARGETS.lcpMs / 1000} s, CLS ≤ ${TARGETS.cls}, TBT ≤ ${TARGETS.tbtMs} ms`,
  );
  const rows = [
    ['page', 'score', 'LCP', 'CLS', 'TBT', 'FCP', 'JS transfer (requests)', 'JS decoded', 'runs: score / LCP / TBT'],
  ];
  for (const audit of run.audits) {
    const m = audit.median;
    const checks = Object.fromEntries(targetChecks(m).map((t) => [t.name, t.ok]));
    const runs = audit.runs
      .map((r) => (r.score === null ? 'failed' : `${r.score}/${fmt(r.lcpMs / 1000, 2)}s/${fmt(r.tbtMs, 0)}ms`))
      .join(', ');
    rows.push(
      m
        ? [
            `${audit.name} ${shortUrl(audit.url)}`,
            `${fmt(m.score, 0)} ${mark(checks.score)}`,
            `${seconds(m.lcpMs)} ${mark(checks.lcp)}`,
            `${fmt(m.cls, 3)} ${mark(checks.cls)}`,
            `${fmt(m.tbtMs, 0)} ms ${mark(checks.tbt)}`,
            seconds(m.fcpMs),
            `${kib(m.jsTransferBytes)} (${fmt(m.jsRequests, 0)})`,
            kib(m.jsResourceBytes),
            runs,
          ]
        : [`${audit.name} ${shortUrl(audit.url)}`, 'failed', '', '', '', '', '', '', runs],
    );
  }
  console.log(table(rows));
  const missed = run.audits.filter((a) => targetChecks(a.median).some((t) => t.ok === false)).map((a) => a.name);
  console.log(
    missed.length
      ? `Targets missed on: ${missed.join(', ')} (reported, not asserted; see the causes below and the saved reports)`
      : 'All targets met.',
  );

  for (const audit of run.audits) {
    const diag = audit.diagnostics;
    if (!diag) continue;
    console.log('');
    console.log(
      `${audit.name} (run ${(audit.medianRunIndex ?? 0) + 1}, the median score; CPU benchmark index of the runs ${audit.runs.map((r) => fmt(r.benchmarkIndex, 0)).join(', ')}):`,
    );
    if (diag.lcpElement)
      console.log(
        `  LCP element: ${diag.lcpElement.selector ?? '?'}  ${(diag.lcpElement.snippet ?? '').slice(0, 160)}`,
      );
    const sim = diag.lcpSimulatedMs;
    const observed = Object.entries(diag.lcpSubpartsObservedMs)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `  LCP breakdown, simulated: ${sim ? `${sim.lcp} ms = TTFB ${sim.timeToFirstByte} + load delay ${sim.resourceLoadDelay} + load ${sim.resourceLoadDuration} + render delay ${sim.elementRenderDelay}` : 'n/a'}; ` +
        `observed (unthrottled): ${observed || 'n/a'} ms`,
    );
    const discovery = Object.entries(diag.lcpDiscovery)
      .filter(([, ok]) => !ok)
      .map(([k]) => k);
    if (discovery.length) console.log(`  LCP discovery fails: ${discovery.join(', ')}`);
    if (diag.renderBlocking.items.length) {
      console.log(
        `  render-blocking: ${diag.renderBlocking.items.map((i) => `${basename(i.url)} ${kib(i.bytes)} ${i.wastedMs} ms`).join(', ')}; ` +
          `est. savings ${Object.entries(diag.renderBlocking.savingsMs)
            .map(([k, v]) => `${k} ${v} ms`)
            .join(', ')}`,
      );
    }
    console.log(
      `  JS: ${diag.scripts.length} scripts, ${kib(diag.scripts.reduce((s, x) => s + x.transferBytes, 0))} transferred; unused ${kib(diag.unusedJavaScript.unusedBytes)} ` +
        `(${diag.unusedJavaScript.items.map((i) => `${basename(i.url)} ${kib(i.unusedBytes)} of ${kib(i.transferBytes)}`).join(', ')}), est. ${fmt(diag.unusedJavaScript.savingsMs, 0)} ms`,
    );
    console.log(
      `  CPU by script (bootup-time, 4x slowdown applied): ${diag.scriptCpu.map((s) => `${scriptLabel(s.url)} ${s.totalMs} ms (eval ${s.scriptingMs}, parse ${s.parseMs})`).join(', ')}`,
    );
    console.log(
      `  long tasks: ${diag.longTasks.map((t) => `${t.durationMs} ms at ${t.startMs} (${scriptLabel(t.url)})`).join(', ') || 'none'}`,
    );
    console.log(
      `  main thread: ${Object.entries(diag.mainThreadMs)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', ')}; server response ${fmt(diag.serverResponseMs ?? NaN, 0)} ms` +
        (diag.imageDelivery.wastedBytes > 0
          ? `; image delivery could save ${kib(diag.imageDelivery.wastedBytes)}`
          : ''),
    );
  }
  console.log('');
  for (const warning of run.warnings) console.log(`warning: ${warning}`);
}

/** Writes the summary to bench/results/storefront-<timestamp>.json and each page's median Lighthouse report beside it. */
export function writeResultsFile(run: StorefrontRun, failed: string[]): { file: string; reports: string[] } {
  const reports: string[] = [];
  for (const audit of run.audits) {
    if (!audit.medianLhr) continue;
    const report = resultsFilePath('storefront', run.startedAt, `-lighthouse-${audit.name}`);
    writeFileSync(report, `${JSON.stringify(audit.medianLhr)}\n`);
    reports.push(report);
  }
  const file = resultsFilePath('storefront', run.startedAt);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        benchmark: 'storefront',
        startedAt: run.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        settings: {
          secondsPerScenario: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
          connections: CONNECTIONS,
          apiPorts: API_PORTS,
          storefrontPort: STOREFRONT_PORT,
          nodeEnv: 'production',
          gatewayDeduplicate: 'off',
          build: run.build,
          database: run.databaseName ?? 'BENCH_DATABASE_URL',
          node: process.version,
          cpus: availableParallelism(),
          loadAverage1m: run.loadAverage1m,
          lighthouse: {
            runsPerPage: LIGHTHOUSE_RUNS,
            version: run.audits[0]?.lighthouseVersion,
            userAgent: run.audits[0]?.userAgent,
            chromePath: CHROME_PATH,
            chromeFlags: CHROME_FLAGS,
            preset: 'default (mobile, simulated throttling), onlyCategories: performance',
          },
          targets: TARGETS,
        },
        inputs: { productPages: run.productPages },
        checks: { ...run.check, h1ByHandle: undefined },
        load: { cached: run.cached, dynamic: run.dynamic, ratio: compareLoad(run.cached, run.dynamic) },
        lighthouse: run.audits.map(({ medianLhr: _lhr, ...audit }) => ({
          ...audit,
          targets: targetChecks(audit.median),
        })),
        lighthouseReports: reports.map((r) => basename(r)),
        storefrontLog: run.storefrontLog.slice(0, 50),
        apiLog: run.apiLog.slice(0, 50),
        warnings: run.warnings,
        failed,
      },
      null,
      2,
    )}\n`,
  );
  return { file, reports };
}
