import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { countStatement } from './statement-counter.js';

export type Db = PostgresJsDatabase;

export interface Database {
  db: Db;
  sql: postgres.Sql;
  close(): Promise<void>;
}

/** Opens a pooled connection; every statement sent is counted for `/metrics` and the N+1 tests. */
export function connectDatabase(url: string, options: { max?: number } = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    debug: () => countStatement(),
    // Typo tolerance in search: a query word matches a catalog word at this trigram similarity.
    connection: { 'pg_trgm.similarity_threshold': '0.35' },
  });
  return { db: drizzle(sql), sql, close: () => sql.end({ timeout: 5 }) };
}
