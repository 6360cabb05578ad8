// PostgreSQL time of a broad search with facets, before and after ADR 0013, in one run:
// `EXPLAIN (ANALYZE, BUFFERS)` of every statement a search request sends, summed, median of
// SEARCH_RUNS. "Before" replays the statements of 8eaeaf3^ under the session the API had then
// (bench/lib/search-baseline.ts); "after" captures what today's listing sends, as the resolver
// asks it (edges, totalCount and filters in one pass). Also the request's wall time from Node.
//
//   npm run bench:search                       # a scratch database, seeded (about a minute)
//   BENCH_DATABASE_URL=postgres://… npm run bench:search   # reuse a seeded database
import { availableParallelism, loadavg } from 'node:os';
import type postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { PgDialect } from 'drizzle-orm/pg-core';
import { fixed, table } from '@commerce/devtools/table';
import { connectDatabase } from '../apps/api/src/platform/db/client.js';
import type { CatalogContext } from '../apps/api/src/subgraphs/catalog/context.js';
import { createLoaders } from '../apps/api/src/subgraphs/catalog/loaders.js';
import { emptyFilters } from '../apps/api/src/subgraphs/catalog/product-list/filters.js';
import { createProductListing } from '../apps/api/src/subgraphs/catalog/product-list/listing.js';
import { buildSearchQuery } from '../apps/api/src/subgraphs/catalog/search.js';
import { prepareDatabase } from './lib/database.js';
import { BASELINE_SESSION, baselineStatements, type Statement } from './lib/search-baseline.js';
import { abort, runBench } from './lib/teardown.js';

const TERMS = ['sneakers', 'snekers', 'hoody', 'backpak', 'wool socks', 'leather boots', 'rain jacket'];
const RUNS = Number(process.env.SEARCH_RUNS ?? 9);
const PAGE_SIZE = 24;
const DEADLINE_MS = 10 * 60_000;
// The API's own session (platform/db/client.ts), restored after each baseline.
const API_SESSION = { jit: 'off', random_page_cost: '1.1' } as const;

interface Timing {
  label: string;
  executionMs: number;
  /** The fastest run: on a shared machine, the closest to the statement's own cost. */
  minMs: number;
  planningMs: number;
  sharedHit: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function setSession(conn: postgres.Sql, settings: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(settings))
    await conn.unsafe(`select set_config($1, $2, false)`, [name, value]);
}

/** One statement's server time under `EXPLAIN (ANALYZE, BUFFERS)`. */
async function explain(conn: postgres.Sql, statement: Statement) {
  const [row] = await conn.unsafe(
    `explain (analyze, buffers, timing off, format json) ${statement.text}`,
    statement.params as postgres.ParameterOrJSON<never>[],
  );
  const [plan] = (row as unknown as { 'QUERY PLAN': Array<Record<string, unknown>> })['QUERY PLAN'];
  return {
    execution: plan!['Execution Time'] as number,
    planning: plan!['Planning Time'] as number,
    hit: (plan!.Plan as Record<string, number>)['Shared Hit Blocks'] ?? 0,
  };
}

/**
 * Median server time of each statement of both sets. The sets take turns, run by run, so a
 * machine whose load changes during the run weighs on both alike; the first turn only warms up.
 */
async function explainInTurns(
  conn: postgres.Sql,
  sets: Array<{ session: Record<string, string>; statements: Statement[] }>,
) {
  const samples = sets.map((set) => set.statements.map(() => [] as Array<Awaited<ReturnType<typeof explain>>>));
  for (let run = 0; run <= RUNS; run++) {
    for (const [index, set] of sets.entries()) {
      await setSession(conn, set.session);
      for (const [position, statement] of set.statements.entries()) {
        const sample = await explain(conn, statement);
        if (run > 0) samples[index]![position]!.push(sample);
      }
    }
  }
  return sets.map((set, index) =>
    set.statements.map((statement, position): Timing => ({
      label: statement.label,
      executionMs: median(samples[index]![position]!.map((r) => r.execution)),
      minMs: Math.min(...samples[index]![position]!.map((r) => r.execution)),
      planningMs: median(samples[index]![position]!.map((r) => r.planning)),
      sharedHit: median(samples[index]![position]!.map((r) => r.hit)),
    })),
  );
}

const labelOf = (text: string) =>
  /\/\* (\w+) \*\//.exec(text)?.[1] ?? (/= any\(/.test(text) ? 'products by id' : text.slice(0, 40));

async function main(): Promise<number> {
  const deadline = setTimeout(() => abort(`deadline of ${DEADLINE_MS / 1000}s exceeded`, 124), DEADLINE_MS);
  deadline.unref();
  const { url } = await prepareDatabase();
  // One connection, so the session settings below hold for every statement that follows.
  const database = connectDatabase(url, { max: 1, statementTimeoutMs: 60_000 });
  const conn = database.sql;
  let captured: Statement[] = [];
  const db = drizzle(conn, {
    logger: { logQuery: (text, params) => captured.push({ label: labelOf(text), text, params }) },
  });
  const dialect = new PgDialect();
  const context = { db, loaders: createLoaders(db, { batch: true }) } as Pick<CatalogContext, 'db' | 'loaders'>;

  /** One search request as the resolver runs it; returns its wall time. */
  const searchRequest = async (words: string) => {
    const started = performance.now();
    const tsquery = await buildSearchQuery(db, words);
    const listing = createProductListing(
      { ...context, loaders: createLoaders(db, { batch: true }) } as CatalogContext,
      {
        scope: tsquery == null ? null : { collectionId: null, tsquery, titleContains: [] },
        filters: emptyFilters(),
        sortKey: 'RELEVANCE',
        reverse: false,
        page: { first: PAGE_SIZE },
      },
    );
    await Promise.all([listing.connection(), listing.totalCount(), listing.filters()]);
    return { ms: performance.now() - started, tsquery: tsquery! };
  };
  const baselineRequest = async (statements: Statement[]) => {
    const started = performance.now();
    for (const statement of statements)
      await conn.unsafe(statement.text, statement.params as postgres.ParameterOrJSON<never>[]);
    return performance.now() - started;
  };

  const [settings] = await conn`select current_setting('server_version') as version,
    current_setting('autovacuum') as autovacuum, (select count(*)::int from catalog.products) as products`;
  console.log(
    `PostgreSQL ${settings!.version}, autovacuum ${settings!.autovacuum}, ${settings!.products} products; ` +
      `median of ${RUNS} per statement; the machine may be shared: compare ratios, not absolutes.\n`,
  );

  const rows: string[][] = [
    [
      'search',
      'before ms',
      'after ms',
      'ratio',
      'before min',
      'after min',
      'ratio of min',
      'stmts before/after',
      'Node before',
      'Node after',
    ],
  ];
  const totals = { before: 0, after: 0, beforeMin: 0, afterMin: 0 };
  const breakdown: string[][] = [['statement (after)', 'term', 'execution ms', 'planning ms', 'shared hit']];
  for (const words of TERMS) {
    captured = [];
    const { tsquery } = await searchRequest(words);
    const after = [...captured];
    const before = [after[0]!, ...baselineStatements(dialect, tsquery, PAGE_SIZE)];

    const [beforeTimings = [], afterTimings = []] = await explainInTurns(conn, [
      { session: BASELINE_SESSION, statements: before },
      { session: API_SESSION, statements: after },
    ]);
    const beforeNode: number[] = [];
    const afterNode: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await setSession(conn, BASELINE_SESSION);
      beforeNode.push(await baselineRequest(before));
      await setSession(conn, API_SESSION);
      afterNode.push((await searchRequest(words)).ms);
    }

    const sum = (timings: Timing[], field: 'executionMs' | 'minMs' = 'executionMs') =>
      timings.reduce((total, t) => total + t[field], 0);
    totals.before += sum(beforeTimings);
    totals.after += sum(afterTimings);
    totals.beforeMin += sum(beforeTimings, 'minMs');
    totals.afterMin += sum(afterTimings, 'minMs');
    rows.push([
      words,
      fixed(sum(beforeTimings)),
      fixed(sum(afterTimings)),
      `${fixed(sum(beforeTimings) / sum(afterTimings))}x`,
      fixed(sum(beforeTimings, 'minMs')),
      fixed(sum(afterTimings, 'minMs')),
      `${fixed(sum(beforeTimings, 'minMs') / sum(afterTimings, 'minMs'))}x`,
      `${before.length}/${after.length}`,
      fixed(median(beforeNode)),
      fixed(median(afterNode)),
    ]);
    for (const t of afterTimings)
      breakdown.push([t.label, words, fixed(t.executionMs, 2), fixed(t.planningMs, 2), String(t.sharedHit)]);
  }
  rows.push([
    'all',
    fixed(totals.before),
    fixed(totals.after),
    `${fixed(totals.before / totals.after)}x`,
    fixed(totals.beforeMin),
    fixed(totals.afterMin),
    `${fixed(totals.beforeMin / totals.afterMin)}x`,
    '',
    '',
    '',
  ]);
  const load = loadavg()[0]!.toFixed(1);
  console.log(`Load average at the end: ${load} on ${availableParallelism()} cores.\n`);
  console.log('Server Execution Time (median and fastest of the runs), summed over the statements of one request:\n');
  console.log(table(rows));
  console.log('\n' + table(breakdown));
  await database.close();
  return 0;
}

await runBench(main);
