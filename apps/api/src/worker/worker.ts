import { parseCronItems, run, type Runner, type Task, type TaskList } from 'graphile-worker';
import { Counter, Histogram } from 'prom-client';
import { connectDatabase } from '../platform/db/client.js';
import { announceBuild, metricOnce, metricsRegistry } from '../platform/http/metrics.js';
import { log } from '../platform/log.js';
import type { Mailer } from '../platform/mail/index.js';
import { startEvictionTicks } from '../platform/outbox/eviction-tick.js';
import { graphileLogger } from '../platform/queue/graphile-logger.js';
import { isTaskName, parseTaskPayload, type TaskName } from '../platform/queue/tasks.js';
import type { TaskContext, TaskHandlers, TaskLog, TaskPayments } from './task-context.js';

export interface WorkerOptions {
  databaseUrl: string;
  tasks: TaskHandlers;
  /** Recurring jobs; entries whose task has no handler are skipped. */
  crontab?: { task: TaskName; match: string }[];
  /** Jobs run at once by this process. */
  concurrency?: number;
  mail: Mailer;
  payments: TaskPayments;
  /** Where the outbox flush posts cache tags (the storefront's /api/revalidate). */
  revalidation?: { url: string; secret: string };
  /** The outbox flush also evicts the gateway's response cache by the same tags. */
  evictResponses?: (tags: readonly string[]) => Promise<void>;
  /**
   * With `evictResponses`: the outbox's eviction tick (platform/outbox/eviction-tick.ts) runs in
   * this process, flushing sales' stock rows within a second and telling the gateway for how long
   * its stock responses are as fresh as the bound.
   */
  stockEvictions?: { stockBoundMs: number; markStockEvictionsCurrent(forMs: number): Promise<void> };
  /** How often to look for jobs that became due (new jobs arrive at once by LISTEN/NOTIFY). */
  pollIntervalMs?: number;
  now?: () => Date;
}

export interface Worker {
  /** Stops taking jobs, lets the running ones finish, then closes the worker's connections. */
  stop(): Promise<void>;
  /** Settles when the worker stops; rejects if it dies. */
  promise: Promise<void>;
  runner: Runner;
}

/** The worker's metrics, registered when it starts (exported so a test can list every metric name). */
export function jobMetrics() {
  announceBuild('worker');
  const jobs = metricOnce(
    'worker_jobs_total',
    () =>
      new Counter({
        name: 'worker_jobs_total',
        help: 'Jobs run by the worker, by task and outcome (success, error)',
        labelNames: ['task', 'outcome'],
        registers: [metricsRegistry],
      }),
  );
  const duration = metricOnce(
    'worker_job_duration_seconds',
    () =>
      new Histogram({
        name: 'worker_job_duration_seconds',
        help: 'How long jobs take, by task',
        labelNames: ['task'],
        buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
        registers: [metricsRegistry],
      }),
  );
  return { jobs, duration };
}

/**
 * Runs graphile-worker over the handlers the domains export. The worker owns a small pool for
 * the queue (graphile-worker's) and one for the handlers; both close on stop. Payloads are
 * checked against the task's schema before a handler sees them, and never logged.
 */
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const concurrency = options.concurrency ?? 2;
  const now = options.now ?? (() => new Date());
  // Each running job may hold a connection, and a handler may open a transaction while reading.
  const database = connectDatabase(options.databaseUrl, { max: concurrency + 1 });
  const metrics = jobMetrics();

  const taskList: TaskList = {};
  for (const [name, handler] of Object.entries(options.tasks)) {
    if (!isTaskName(name)) throw new Error(`unknown task ${name}: add it to platform/queue/tasks.ts`);
    const handle = handler as (payload: unknown, context: TaskContext) => Promise<unknown>;
    const task: Task = async (payload, helpers) => {
      const fields = { task: name, jobId: helpers.job.id, attempt: helpers.job.attempts };
      const taskLog: TaskLog = {
        info: (message, extra) => log.info(message, { ...fields, ...extra }),
        warn: (message, extra) => log.warn(message, { ...fields, ...extra }),
        error: (message, extra) => log.error(message, { ...fields, ...extra }),
      };
      const stopTimer = metrics.duration.startTimer({ task: name });
      try {
        await handle(parseTaskPayload(name, payload), {
          db: database.db,
          mail: options.mail,
          payments: options.payments,
          ...(options.revalidation ? { revalidation: options.revalidation } : {}),
          ...(options.evictResponses ? { evictResponses: options.evictResponses } : {}),
          log: taskLog,
          now,
          job: { id: helpers.job.id, attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts },
        });
        metrics.jobs.inc({ task: name, outcome: 'success' });
      } catch (error) {
        metrics.jobs.inc({ task: name, outcome: 'error' });
        throw error;
      } finally {
        stopTimer();
      }
    };
    taskList[name] = task;
  }

  const crontab = (options.crontab ?? []).filter((item) => item.task in taskList);
  const runner = await run({
    connectionString: options.databaseUrl,
    // Jobs plus the LISTEN connection and the cron scheduler.
    maxPoolSize: concurrency + 2,
    concurrency,
    noHandleSignals: true, // main.ts owns the signals and stops the stack in order
    pollInterval: options.pollIntervalMs ?? 2_000,
    logger: graphileLogger,
    taskList,
    parsedCronItems: parseCronItems(
      crontab.map((item) => ({
        task: item.task,
        match: item.match,
        identifier: item.task,
        // A sweep missed while no worker ran is not worth running late more than once.
        options: { backfillPeriod: 0, maxAttempts: 3, jobKey: `cron:${item.task}`, jobKeyMode: 'replace' },
      })),
    ),
  });
  log.info('worker started', { tasks: Object.keys(taskList), cron: crontab.map((item) => item.task), concurrency });
  const ticks =
    options.evictResponses && options.stockEvictions
      ? startEvictionTicks({
          db: database.db,
          evict: options.evictResponses,
          ...(options.revalidation ? { revalidation: options.revalidation } : {}),
          ...options.stockEvictions,
        })
      : null;

  let stopping: Promise<void> | null = null;
  return {
    runner,
    promise: runner.promise,
    stop() {
      stopping ??= (async () => {
        await ticks?.stop();
        await runner.stop();
        await database.close();
        log.info('worker stopped');
      })();
      return stopping;
    },
  };
}
