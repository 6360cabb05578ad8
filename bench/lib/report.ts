import { availableParallelism } from 'node:os';
import { fixed as fmt, table } from '@commerce/devtools/table';
import type { CollectionInfo } from './discover.js';
import type { ScenarioResult } from './run-scenario.js';
import { CONNECTIONS, SECONDS, WARMUP_SECONDS } from './settings.js';

/** Everything the stdout report and the results file are made from. */
export interface CatalogRun {
  startedAt: Date;
  databaseName: string | null;
  analyzed: { autovacuum: string; ms: number } | null;
  loadAverage1m: { start: number; end: number };
  collection: CollectionInfo;
  productHandles: string[];
  searchTerms: string[];
  searchHits: Record<string, number>;
  /** In the order they ran. */
  results: ScenarioResult[];
  /** The listing with DataLoader on and with DATALOADER=off: the comparison the bench exists for. */
  listingOn: ScenarioResult;
  listingOff: ScenarioResult;
  /** stderr lines of each API child, by its label. */
  apiLogs: Record<string, string[]>;
  warnings: string[];
}

export function compareListing(on: ScenarioResult, off: ScenarioResult) {
  return {
    requestsPerSecondOnOverOff: on.requestsPerSecond / off.requestsPerSecond,
    sqlPerRequestOffOverOn: off.sqlPerRequest / on.sqlPerRequest,
    sqlPerRequestSequentialOffOverOn: off.sqlPerRequestSequential / on.sqlPerRequestSequential,
  };
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

/** The human-readable summary on stdout: settings, machine load, inputs, the table, warnings. */
export function printReport(run: CatalogRun): void {
  const { listingOn: on, listingOff: off } = run;
  const ratio = compareListing(on, off);
  const rows = [
    [
      'scenario',
      'req/s',
      'p50 ms',
      'p99 ms',
      'requests',
      'errors',
      'timeouts',
      'non-2xx',
      'gql errors',
      'SQL/req',
      'SQL/req 1-at-a-time',
    ],
    ...run.results.map((r) => [
      r.name,
      fmt(r.requestsPerSecond),
      fmt(r.latencyMs.p50, 0),
      fmt(r.latencyMs.p99, 0),
      String(r.requestsCompleted),
      String(r.errors),
      String(r.timeouts),
      String(r.non2xx),
      String(r.graphqlErrorResponses),
      fmt(r.sqlPerRequest, 2),
      fmt(r.sqlPerRequestSequential, 2),
    ]),
  ];
  console.log('');
  console.log(
    `Catalog benchmark: ${SECONDS}s measured per scenario after ${WARMUP_SECONDS}s warm-up, ${CONNECTIONS} connections, ` +
      `NODE_ENV=production, GATEWAY_DEDUPLICATE=off, database ${run.analyzed ? 'ANALYZEd after seeding' : 'not ANALYZEd (BENCH_ANALYZE=off)'}`,
  );
  const { start, end } = run.loadAverage1m;
  console.log(
    `machine: ${availableParallelism()} CPUs, 1-min load average ${start.toFixed(2)} at start, ${end.toFixed(2)} at end ` +
      '(the bench and the API account for about 2; more means other processes competed for CPU)',
  );
  console.log(
    `listing: collection "${run.collection.handle}" (${run.collection.products.totalCount} products), first 24 BEST_SELLING; ` +
      `product page: ${run.productHandles.length} handles; search: ${run.searchTerms.map((t) => JSON.stringify(t)).join(', ')}`,
  );
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(
    `Listing, DataLoader on vs off: ${fmt(ratio.requestsPerSecondOnOverOff, 2)}x the requests/s ` +
      `(${fmt(on.requestsPerSecond)} vs ${fmt(off.requestsPerSecond)}); SQL statements per request ${fmt(on.sqlPerRequest, 2)} vs ${fmt(off.sqlPerRequest, 2)} ` +
      `= ${fmt(ratio.sqlPerRequestOffOverOn, 1)}x fewer with DataLoader (1 at a time: ${fmt(on.sqlPerRequestSequential, 2)} vs ${fmt(off.sqlPerRequestSequential, 2)})`,
  );
  for (const warning of run.warnings) console.log(`warning: ${warning}`);
}
