import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { countLogLines, processComparison, ratiosToFloor, targetChecks, type CatalogRun } from './report.js';
import type { ScenarioResult } from './run-scenario.js';
import { ROOT, SECONDS, WARMUP_SECONDS } from './settings.js';

/** `bench/results/<benchmark>-<timestamp><suffix>.json` (git-ignored), its folder created: every bench's results go there. */
export function resultsFilePath(benchmark: string, startedAt: Date, suffix = ''): string {
  const resultsDir = join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = startedAt
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  return join(resultsDir, `${benchmark}-${stamp}${suffix}.json`);
}

/** Writes the full figures to bench/results/catalog-<timestamp>.json and returns the file's path. */
export function writeResultsFile(run: CatalogRun, failed: ScenarioResult[]): string {
  const file = resultsFilePath('catalog', run.startedAt);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        benchmark: 'catalog',
        startedAt: run.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        settings: {
          secondsPerScenario: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
          connections: run.connections,
          nodeEnv: 'production',
          gatewayDeduplicate: 'off',
          dbPoolSize: process.env.DB_POOL_SIZE ?? 'default (10)',
          database: run.databaseName ?? 'BENCH_DATABASE_URL',
          analyzedAfterSeeding: run.analyzed !== null,
          serverAutovacuum: run.analyzed?.autovacuum ?? 'not checked',
          node: process.version,
          cpus: availableParallelism(),
          loadAverage1m: run.loadAverage1m,
          cpuMeasure:
            '/proc utime+stime: API process group; PostgreSQL backends whose process title names the bench database',
        },
        inputs: { collections: run.collections.map((c) => c.handle), mixes: run.mixes, mixChecks: run.mixChecks },
        groups: [run.cacheOff, run.cacheOn, run.twoProcesses].map((group) => ({
          ...group,
          ratiosToFloor: Object.fromEntries(
            Object.entries(group.results).map(([query, result]) => [query, ratiosToFloor(result, group.results.floor)]),
          ),
        })),
        targets: targetChecks(run),
        processes: processComparison(run),
        dataLoaderOff: run.dataLoaderOff,
        apiLogLines: countLogLines(run.apiLogs),
        apiLog: Object.fromEntries(Object.entries(run.apiLogs).map(([label, lines]) => [label, lines.slice(0, 50)])),
        warnings: run.warnings,
        failedScenarios: failed.map((r) => r.name),
      },
      null,
      2,
    )}\n`,
  );
  return file;
}
