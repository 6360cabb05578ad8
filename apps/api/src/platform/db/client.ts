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
    },
  });
  return { db: drizzle(sql), sql, close: () => sql.end({ timeout: 5 }) };
}
