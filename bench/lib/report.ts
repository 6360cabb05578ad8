import { availableParallelism } from 'node:os';
import { fixed as fmt, table } from '@commerce/devtools/table';
import type { CollectionInfo } from './discover.js';
import type { ScenarioResult } from './run-scenario.js';
import { SECONDS, WARMUP_SECONDS } from './settings.js';

export type QueryKind = 'floor' | 'listing' | 'product' | 'search';
export const QUERY_KINDS: QueryKind[] = ['floor', 'listing', 'product', 'search'];

/** One API child's configuration and the scenarios measured against it, by query. */
export interface ScenarioGroup {
  label: string;
  /** What this child was started with beyond the bench's production defaults. */
  env: Record<string, string>;
  results: Partial<Record<QueryKind, ScenarioResult>>;
}

/**
 * Issue 12's targets: requests/s as a ratio to the floor query's requests/s measured against the
 * same API child (same cache setting) in the same run.
 */
export const TARGETS: Record<'cacheOn' | 'cacheOff', Partial<Record<QueryKind, number>>> = {
  cacheOn: { listing: 0.7, product: 0.7, search: 0.7 },
  cacheOff: { listing: 0.2, product: 0.5, search: 0.15 },
};

/** Everything the stdout report and the results file are made from. */
export interface CatalogRun {
  startedAt: Date;
  databaseName: string | null;
  analyzed: { autovacuum: string; ms: number } | null;
  loadAverage1m: { start: number; end: number };
  connections: number;
  collections: CollectionInfo[];
  /** The distinct requests each scenario rotates over, described. */
  mixes: Record<Exclude<QueryKind, 'floor'>, string[]>;
  /** From the checked sample of each mix: listings with no product, searches with no hit. */
  mixChecks: { checkedPerMix: number; emptyListings: number; searchesWithoutHits: number; searchHitsMedian: number };
  cacheOff: ScenarioGroup;
  cacheOn: ScenarioGroup;
  twoProcesses: ScenarioGroup;
  /** The listing mix on a child with DATALOADER=off (null if skipped). */
  dataLoaderOff: ScenarioResult | null;
  /** Every scenario in the order it ran. */
  results: ScenarioResult[];
  /** stderr lines of each API child, by its label. */
  apiLogs: Record<string, string[]>;
  warnings: string[];
}

/**
 * Requests that failed: socket errors (timeouts among them), non-2xx, GraphQL `errors` (a
 * subgraph timeout or an open breaker). A request sent in the warm-up that times out in the
 * window counts here too, so this can exceed the requests sent in the window.
 */
export const failures = (r: ScenarioResult) => r.errors + r.non2xx + r.graphqlErrorResponses;
/**
 * Figures count only when every request of the window succeeded: an overloaded API answers
 * GATEWAY_TIMEOUT, then its breaker answers SUBGRAPH_UNAVAILABLE at once, which would pass for
 * fast requests.
 */
export const trustworthy = (r: ScenarioResult | undefined): r is ScenarioResult =>
  r !== undefined && failures(r) === 0 && r.requestsCompleted > 0;

/** A figure's ratio to the floor's (the floor of the same child). */
export function ratiosToFloor(result: ScenarioResult, floor: ScenarioResult | undefined) {
  if (!floor) return null;
  return {
    requestsPerSecond: result.requestsPerSecond / floor.requestsPerSecond,
    p50: result.latencyMs.p50 / floor.latencyMs.p50,
    p99: result.latencyMs.p99 / floor.latencyMs.p99,
    nodeCpuPerRequest: (result.cpuMsPerRequest?.node ?? NaN) / (floor.cpuMsPerRequest?.node ?? NaN),
  };
}

/** Each target with the measured ratio and whether it is met. */
export function targetChecks(run: CatalogRun) {
  const checks: Array<{
    mode: string;
    query: QueryKind;
    target: number;
    ratio: number;
    /** False when the scenario or its floor had failed requests: the ratio means nothing then. */
    valid: boolean;
    met: boolean;
  }> = [];
  for (const [mode, group] of [
    ['cache on', run.cacheOn],
    ['cache off', run.cacheOff],
  ] as const) {
    const targets = mode === 'cache on' ? TARGETS.cacheOn : TARGETS.cacheOff;
    for (const query of QUERY_KINDS) {
      const target = targets[query];
      const result = group.results[query];
      if (target === undefined || !result) continue;
      const ratio = ratiosToFloor(result, group.results.floor)?.requestsPerSecond ?? NaN;
      const valid = trustworthy(result) && trustworthy(group.results.floor);
      checks.push({ mode, query, target, ratio, valid, met: valid && ratio >= target });
    }
  }
  return checks;
}

/** n processes against one: the same query, cache off, requests/s and CPU per request. */
export function processComparison(run: CatalogRun) {
  return QUERY_KINDS.flatMap((query) => {
    const one = run.cacheOff.results[query];
    const two = run.twoProcesses.results[query];
    if (!one || !two) return [];
    return [
      {
        query,
        requestsPerSecond: two.requestsPerSecond / one.requestsPerSecond,
        p99: two.latencyMs.p99 / one.latencyMs.p99,
        nodeCpuPerRequest: (two.cpuMsPerRequest?.node ?? NaN) / (one.cpuMsPerRequest?.node ?? NaN),
      },
    ];
  });
}

export function countLogLines(apiLogs: Record<string, string[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(apiLogs).map(([label, lines]) => [label, lines.length]));
}

/** Warnings that only the finished scenarios can tell: API log output and trouble during warm-up. */
export function warningsFromResults(results: ScenarioResult[], apiLogs: Record<string, string[]>): string[] {
  const warnings: string[] = [];
  const apiLogLines = countLogLines(apiLogs);
  if (Object.values(apiLogLines).some((n) => n > 0))
    warnings.push(`the API wrote warn/error lines: ${JSON.stringify(apiLogLines)} (see [api:…] on stderr)`);
  for (const r of results) {
    if (r.warmup.errors + r.warmup.non2xx + r.warmup.graphqlErrorResponses > 0)
      warnings.push(`${r.name}: errors during warm-up ${JSON.stringify(r.warmup)}`);
    if (r.firstBadResponse) warnings.push(`${r.name}: first response with errors: ${r.firstBadResponse}`);
  }
  return warnings;
}

const x = (ratio: number | undefined) => (ratio === undefined ? '' : `${fmt(ratio, 2)}x`);
const cpu = (ms: number | null | undefined) => (ms === null || ms === undefined ? 'n/a' : fmt(ms, 2));

function groupTable(group: ScenarioGroup, targets: Partial<Record<QueryKind, number>> | null): string {
  const floor = group.results.floor;
  const rows = [
    [
      'query',
      'req/s',
      'p50 ms',
      'p99 ms',
      'Node CPU ms/req',
      'PG CPU ms/req',
      'SQL/req',
      'cache hits',
      'mix cycle s',
      'req/s ÷ floor',
      'p50 × floor',
      'p99 × floor',
      'Node CPU × floor',
      'target (req/s ÷ floor)',
      'failed of sent',
    ],
  ];
  for (const query of QUERY_KINDS) {
    const r = group.results[query];
    if (!r) continue;
    const ratio = query === 'floor' ? null : ratiosToFloor(r, floor);
    const target = targets?.[query];
    const cacheSeen = r.responseCache.hit + r.responseCache.miss + r.responseCache.skip;
    rows.push([
      `${query} (${r.requestVariants} distinct)`,
      fmt(r.requestsPerSecond),
      fmt(r.latencyMs.p50, 0),
      fmt(r.latencyMs.p99, 0),
      cpu(r.cpuMsPerRequest?.node),
      cpu(r.cpuMsPerRequest?.postgres),
      fmt(r.sqlPerRequest, 2),
      cacheSeen > 0 ? `${fmt(r.responseCache.hitRatio * 100, 0)}% (warm-up ${warmupHits(r)})` : 'no header',
      // How long before the same request comes round again: past RESPONSE_CACHE_STOCK_TTL_MS an
      // entry with stock fields is served only while the worker's eviction tick vouches for it.
      fmt(r.requestVariants / r.requestsPerSecond, 1),
      ratio ? x(ratio.requestsPerSecond) : '1x',
      ratio ? x(ratio.p50) : '1x',
      ratio ? x(ratio.p99) : '1x',
      ratio ? x(ratio.nodeCpuPerRequest) : '1x',
      target === undefined || !ratio
        ? ''
        : !trustworthy(r) || !trustworthy(floor)
          ? `≥ ${target}x: failures, not judged`
          : `≥ ${target}x ${ratio.requestsPerSecond >= target ? '✓ met' : '✗ not met'}`,
      `${failures(r)} of ${r.requestsSent}`,
    ]);
  }
  return table(rows);
}

/** Hits among the warm-up's answers: the first pass should find the cache empty. */
const warmupHits = (r: ScenarioResult) => {
  const { hit, miss, skip } = r.responseCache.warmup;
  return `${hit}/${hit + miss + skip}`;
};

const envText = (env: Record<string, string>) =>
  Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/** The human-readable summary on stdout: settings, machine load, inputs, the tables, warnings. */
export function printReport(run: CatalogRun): void {
  console.log('');
  console.log(
    `Catalog benchmark: ${SECONDS}s measured per scenario after ${WARMUP_SECONDS}s warm-up, ${run.connections} connections, through the gateway, ` +
      `NODE_ENV=production, GATEWAY_DEDUPLICATE=off, database ${run.analyzed ? 'ANALYZEd after seeding' : 'not ANALYZEd (BENCH_ANALYZE=off)'}`,
  );
  const { start, end } = run.loadAverage1m;
  console.log(
    `machine: ${availableParallelism()} CPUs, 1-min load average ${start.toFixed(2)} at start, ${end.toFixed(2)} at end ` +
      '(the bench and the API account for about 2; more means other processes competed for CPU: compare the ratios, not the absolute figures)',
  );
  console.log(
    `mix: floor = { shop { name } }; listing = ${run.mixes.listing.length} distinct (${run.collections.length} collections × sort keys × direction × filters, 24 products with 10 variants); ` +
      `product = ${run.mixes.product.length} handles; search = ${run.mixes.search.length} distinct (catalog words, phrases, typos, filters); ` +
      `of ${run.mixChecks.checkedPerMix} checked each: ${run.mixChecks.emptyListings} listings empty, ${run.mixChecks.searchesWithoutHits} searches without hits, median search hits ${run.mixChecks.searchHitsMedian}`,
  );
  console.log(
    'CPU per request: /proc utime+stime of the API process group and of the PostgreSQL backends of the bench database, ' +
      'from the window start to the end of its drain, ÷ responses to requests sent in the window',
  );
  for (const [group, targets] of [
    [run.cacheOff, TARGETS.cacheOff],
    [run.cacheOn, TARGETS.cacheOn],
    [run.twoProcesses, null],
  ] as const) {
    if (Object.keys(group.results).length === 0) continue;
    console.log('');
    console.log(`${group.label} (${envText(group.env)}):`);
    console.log(groupTable(group, targets));
  }
  const processes = processComparison(run);
  if (processes.length > 0) {
    console.log('');
    console.log(
      `${run.twoProcesses.label} vs one process (cache off): ` +
        processes
          .map(
            (p) =>
              `${p.query} ${x(p.requestsPerSecond)} the requests/s, ${x(p.p99)} the p99, ${x(p.nodeCpuPerRequest)} the Node CPU per request`,
          )
          .join('; '),
    );
  }
  const off = run.dataLoaderOff;
  const on = run.cacheOff.results.listing;
  if (off && on) {
    console.log('');
    console.log(
      `Listing, DataLoader on vs DATALOADER=off (cache off, same mix): ${x(on.requestsPerSecond / off.requestsPerSecond)} the requests/s ` +
        `(${fmt(on.requestsPerSecond)} vs ${fmt(off.requestsPerSecond)}); SQL statements per request ${fmt(on.sqlPerRequest, 2)} vs ${fmt(off.sqlPerRequest, 2)} ` +
        `(check pass: ${fmt(on.sqlPerRequestSequential, 2)} vs ${fmt(off.sqlPerRequestSequential, 2)})`,
    );
  }
  const checks = targetChecks(run);
  console.log('');
  console.log(
    `Targets (req/s ÷ floor of the same child): ${checks
      .map(
        (c) =>
          `${c.mode} ${c.query} ${fmt(c.ratio, 2)}x ≥ ${c.target}x ${c.valid ? (c.met ? '✓' : '✗') : '(failed requests: not judged)'}`,
      )
      .join(
        ', ',
      )}; ${checks.filter((c) => c.met).length} of ${checks.length} met, ${checks.filter((c) => !c.valid).length} not judged`,
  );
  for (const warning of run.warnings) console.log(`warning: ${warning}`);
}
