import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Env } from '../../env.js';
import { countStatement } from './statement-counter.js';
import { gateStatements } from './statement-gate.js';

export type Db = PostgresJsDatabase;

export interface Database {
  db: Db;
  sql: postgres.Sql;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Pooled connections. */
  max?: number;
  /** PostgreSQL cancels a statement running longer (0: never). */
  statementTimeoutMs?: number;
  /** PostgreSQL ends a session idle inside a transaction longer, freeing its locks (0: never). */
  idleInTransactionTimeoutMs?: number;
  /** Give up opening a connection after this long. */
  connectTimeoutSeconds?: number;
  /** Statements that may wait for a connection beyond the `max` running; more fail at once. */
  queueLimit?: number;
}

// The same defaults as env.ts, for callers that do not pass settings (test setup, scripts).
const defaults: Required<DatabaseOptions> = {
  max: 10,
  statementTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 10_000,
  connectTimeoutSeconds: 10,
  queueLimit: 400,
};

export function databaseOptionsFromEnv(env: Env): DatabaseOptions {
  return {
    max: env.DB_POOL_SIZE,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    connectTimeoutSeconds: env.DB_CONNECT_TIMEOUT_SECONDS,
    queueLimit: env.DB_QUEUE_LIMIT,
  };
}

/**
 * Opens a pooled connection with server-side time limits and a bounded wait for a connection;
 * every statement sent is counted for `/metrics` and the N+1 tests.
 */
export function connectDatabase(url: string, options: DatabaseOptions = {}): Database {
  const settings = { ...defaults, ...options };
  const sql = postgres(url, {
    max: settings.max,
    connect_timeout: settings.connectTimeoutSeconds,
    onnotice: () => {},
    // postgres.js reads pg_type once per new connection; only statements the app sends count.
    debug: (_connection, query) => {
      if (!query.includes('pg_catalog.pg_type')) countStatement();
    },
    connection: {
      // Typo tolerance in search: a query word matches a catalog word at this trigram similarity.
      'pg_trgm.similarity_threshold': '0.35',
      // Timestamps print as ISO in UTC: keyset cursors carry them as text and must read back the same.
      DateStyle: 'ISO, MDY',
      TimeZone: 'UTC',
      // Set per session at connect, so every statement, the app's or a migration's, is bounded.
      statement_timeout: settings.statementTimeoutMs,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
      // Short statements: JIT compiling took 45 ms of a 100 ms search facet statement whose
      // over-estimated cost crossed jit_above_cost; nothing here runs long enough to repay it.
      jit: 'off',
      // The working set lives in memory: a random page costs little more than a sequential one,
      // so a broad search reads its matches through the GIN index instead of scanning products.
      random_page_cost: '1.1',
    },
  });
  return {
    db: drizzle(gateStatements(sql, settings.max + settings.queueLimit)),
    sql,
    close: () => sql.end({ timeout: 5 }),
  };
}
