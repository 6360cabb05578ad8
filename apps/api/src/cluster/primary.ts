import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { startBanner } from '../banner.js';
import type { Env } from '../env.js';
import { openDatabase, type LocalDatabase } from '../local-database.js';
import { startAdminServer, type AdminServer } from '../platform/http/admin-server.js';
import type { HttpLimits } from '../platform/http/http-limits.js';
import { log } from '../platform/log.js';
import { startLocalBridge, type LocalBridge } from '../platform/redis/index.js';
import { prepareDatabase } from '../stack.js';
import { isWorkerReady, type WorkerReady } from './messages.js';
import { clusterMetricsSource } from './metrics.js';
import { createRestartBackoff, type RestartBackoff } from './restart-backoff.js';

// A worker is waited for this long past the shutdown window before it is killed.
const DRAIN_GRACE_MS = 15_000;

interface Slot {
  index: number;
  env: Record<string, string>;
  backoff: RestartBackoff;
  worker: Worker | null;
  startedAt: number;
  restart: NodeJS.Timeout | null;
}

/**
 * API_PROCESSES > 1 (docs/adr/0014): this process, the cluster primary, does what must happen
 * once (embedded PostgreSQL, migrations and seeds, DEV_STAFF, the gateway secret, the shared
 * in-memory Redis when none is configured, the admin port summing every worker's metrics) and
 * then forks the workers, which run the gateway and subgraphs on ports shared through it. The
 * job worker (graphile-worker, with its schedules) runs in the first worker only. A worker that
 * dies is started again after a backoff; SIGTERM drains every worker, then this process exits.
 */
export async function runPrimary(env: Env, limits: HttpLimits): Promise<void> {
  let database: LocalDatabase | null = null;
  let bridge: LocalBridge | null = null;
  let admin: AdminServer | null = null;
  let stopping = false;
  const slots: Slot[] = [];
  let firstReady: WorkerReady | null = null;
  let onAllReady: (() => void) | null = null;
  let onStartFailed: ((error: Error) => void) | null = null;
  let onAllExited: (() => void) | null = null;
  let drainFailed = false;

  const readyWorkers = new Set<Worker>();
  const live = () => slots.filter((slot) => slot.worker !== null);

  function fork(slot: Slot): void {
    const worker = cluster.fork(slot.env);
    slot.worker = worker;
    slot.startedAt = Date.now();
    worker.on('message', (message: unknown) => {
      if (!isWorkerReady(message)) return;
      firstReady ??= message;
      log.info('api worker ready', { slot: slot.index, pid: worker.process.pid });
      readyWorkers.add(worker);
      // A replacement still starting when SIGTERM came: it drains now that it has services to drain.
      if (stopping) worker.process.kill('SIGTERM');
      if (slots.every((each) => each.worker && readyWorkers.has(each.worker))) onAllReady?.();
    });
    worker.on('exit', (code, signal) => {
      slot.worker = null;
      readyWorkers.delete(worker);
      if (stopping) {
        if (code !== 0) drainFailed = true;
        if (live().length === 0) onAllExited?.();
        return;
      }
      if (onStartFailed) {
        onStartFailed(new Error(`API worker ${slot.index} exited during start-up (${signal ?? `exit ${code}`})`));
        return;
      }
      const delay = slot.backoff.afterDeath(Date.now() - slot.startedAt);
      log.error('api worker died; starting another', { slot: slot.index, code, signal, restartInMs: delay });
      slot.restart = setTimeout(() => {
        slot.restart = null;
        if (!stopping) fork(slot);
      }, delay);
    });
  }
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal, workers: live().length });
    const force = setTimeout(() => {
      for (const slot of live()) slot.worker?.process.kill('SIGKILL');
      process.exit(1);
    }, limits.shutdownDelayMs + DRAIN_GRACE_MS);
    force.unref();
    for (const slot of slots) if (slot.restart) clearTimeout(slot.restart);
    // Each worker drains as a single process does: /readyz 503, the shutdown window, in-flight
    // requests finished. A worker still starting (a replacement for one that died) already takes
    // connections on the shared ports, but a SIGTERM now would end it at once, cutting them: it is
    // told once it is ready (or killed with the rest when the grace runs out).
    const exited = new Promise<void>((resolve) => (onAllExited = resolve));
    for (const slot of live()) {
      if (slot.worker && readyWorkers.has(slot.worker)) slot.worker.process.kill('SIGTERM');
    }
    if (live().length > 0) await exited;
    await admin?.close();
    await bridge?.close();
    await database?.stop();
    process.exit(drainFailed ? 1 : 0);
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const services = env.SERVICES.split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const served = services.filter((name) => name !== 'worker');
    if (served.length === 0)
      throw new Error('API_PROCESSES > 1 needs an HTTP service in SERVICES (the job worker runs once).');
    database = await openDatabase(env);
    const devStaff = await prepareDatabase(env, database.url);
    // Without a configured Redis each process would count its own budgets: the workers share one
    // in-memory store here instead, over the same bridge protocol as a real one (docs/adr/0005).
    if (!env.UPSTASH_REDIS_REST_URL && !env.REDIS_URL) bridge = await startLocalBridge(undefined);
    const shared: Record<string, string> = {
      // None for a gateway-only cluster: the gateway reads no table (local-database.ts).
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      // Every worker signs identities with the same secret, or one would refuse another's.
      GATEWAY_SECRET: env.GATEWAY_SECRET ?? randomBytes(32).toString('base64url'),
      ...(bridge ? { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: bridge.token } : {}),
    };
    admin = await startAdminServer({ port: env.ADMIN_PORT, host: env.ADMIN_HOST, metrics: clusterMetricsSource() });
    for (let index = 0; index < env.API_PROCESSES; index++) {
      slots.push({
        index,
        env: { ...shared, SERVICES: (index === 0 ? services : served).join(',') },
        backoff: createRestartBackoff({ initialMs: 500, maxMs: 30_000, stableMs: 60_000 }),
        worker: null,
        startedAt: 0,
        restart: null,
      });
    }
    await new Promise<void>((resolve, reject) => {
      onAllReady = resolve;
      onStartFailed = reject;
      for (const slot of slots) fork(slot);
    });
    onAllReady = null;
    onStartFailed = null;
    console.log(startBanner({ env, services: firstReady!.services, adminUrl: admin.url, devStaff }));
  } catch (error) {
    log.error('start-up failed', { error });
    stopping = true;
    for (const slot of live()) slot.worker?.process.kill('SIGKILL');
    await admin?.close();
    await bridge?.close();
    await database?.stop();
    process.exit(1);
  }
}
