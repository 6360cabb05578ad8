import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../platform/db/client.js';
import type { Mailer } from '../platform/mail/index.js';
import { enqueueJob } from '../platform/queue/enqueue.js';
import { migrateQueue } from '../platform/queue/migrate.js';
import { findQueuedJobs } from '../platform/queue/queued-jobs.js';
import type { TaskHandlers } from './task-context.js';
import { composeTasks } from './tasks.js';
import { startWorker, type Worker } from './worker.js';

// A database of this file's own: a worker takes every due job of the tasks it knows, so one on
// the run's shared database would take jobs other test files enqueue and look for.

let admin: postgres.Sql;
let url: string;
let database: Database;
const name = `commerce_worker_test_${Date.now()}_${process.pid}`;

beforeAll(async () => {
  const shared = new URL(inject('databaseUrl'));
  admin = postgres({ ...parse(shared), database: 'postgres', max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  shared.pathname = `/${name}`;
  url = shared.toString();
  await migrateQueue(url);
  database = connectDatabase(url, { max: 2 });
});
afterAll(async () => {
  await database?.close();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

function parse(url: URL) {
  return { host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username) || 'postgres' };
}

const mail: Mailer = { send: async () => ({ messageId: 'none' }), close: () => {} };
const payments = {
  lookup: async () => 'unknown' as const,
  void: async () => {},
  locate: async () => ({ status: 'unknown' as const, providerId: null }),
  voidAll: async () => {},
};

async function withWorker(tasks: TaskHandlers, body: (worker: Worker) => Promise<void>): Promise<void> {
  const worker = await startWorker({ databaseUrl: url, tasks, mail, payments, concurrency: 2, pollIntervalMs: 100 });
  try {
    await body(worker);
  } finally {
    await worker.stop();
  }
}

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}

it('runs a job whose transaction commits once, and never one whose transaction rolls back', async () => {
  const seen: string[] = [];
  await withWorker(
    {
      'checkout.order-confirmation': async ({ orderId }) => {
        seen.push(orderId);
      },
    },
    async () => {
      await expect(
        database.db.transaction(async (tx) => {
          await enqueueJob(tx, 'checkout.order-confirmation', { orderId: 'rolled-back' });
          throw new Error('the order was not created');
        }),
      ).rejects.toThrow();
      await database.db.transaction(async (tx) => {
        await enqueueJob(tx, 'checkout.order-confirmation', { orderId: 'committed' });
      });
      await until(() => seen.includes('committed'));
      await until(
        async () => (await findQueuedJobs(database.db, { task: 'checkout.order-confirmation' })).length === 0,
      );
      await sleep(300);
    },
  );
  expect(seen).toEqual(['committed']);
});

it('retries a handler that throws, and the job ends once it succeeds', async () => {
  let calls = 0;
  await withWorker(
    {
      'checkout.repair-attempt': async () => {
        calls += 1;
        if (calls === 1) throw new Error('provider unreachable');
      },
    },
    async () => {
      await enqueueJob(database.db, 'checkout.repair-attempt', { attemptId: 'a1' }, { maxAttempts: 3 });
      await until(async () => {
        const [job] = await findQueuedJobs(database.db, { task: 'checkout.repair-attempt' });
        return job?.lastError?.includes('provider unreachable') ?? false;
      });
      // graphile-worker backs off exp(1) ≈ 2.7 s before the second attempt.
      await until(() => calls === 2, 15_000);
      await until(async () => (await findQueuedJobs(database.db, { task: 'checkout.repair-attempt' })).length === 0);
    },
  );
  expect(calls).toBe(2);
}, 30_000);

it('does not hand a handler a payload that breaks its task schema', async () => {
  const seen: unknown[] = [];
  await withWorker(
    {
      'inventory.sync-availability': async (payload) => {
        seen.push(payload);
      },
    },
    async () => {
      // Written past enqueueJob's check, as an older deploy or a hand-made job could.
      await database.db.execute(
        sql`select graphile_worker.add_job('inventory.sync-availability', '{"variantIds":"all"}'::json, max_attempts => 1)`,
      );
      await until(async () => {
        const [job] = await findQueuedJobs(database.db, { task: 'inventory.sync-availability' });
        return job?.attempts === 1 && job.lastError !== null;
      });
    },
  );
  expect(seen).toEqual([]);
  await database.db.execute(sql`delete from graphile_worker._private_jobs`);
});

it('lets a running job finish when it is stopped, and takes no new one', async () => {
  const finished: string[] = [];
  let started = 0;
  const worker = await startWorker({
    databaseUrl: url,
    tasks: {
      'checkout.expire-reservation': async ({ checkoutId }) => {
        started += 1;
        await sleep(700);
        finished.push(checkoutId);
      },
    },
    mail,
    payments,
    concurrency: 1,
    pollIntervalMs: 100,
  });
  await enqueueJob(database.db, 'checkout.expire-reservation', { checkoutId: 'slow' });
  await until(() => started === 1);
  const stopping = worker.stop();
  await enqueueJob(database.db, 'checkout.expire-reservation', { checkoutId: 'after-stop' });
  await stopping;
  expect(finished).toEqual(['slow']);
  const left = await findQueuedJobs(database.db, { task: 'checkout.expire-reservation' });
  // The finished job is gone (not left locked); the one added during shutdown waits for the next worker.
  expect(left.map((job) => job.payload)).toEqual([{ checkoutId: 'after-stop' }]);
  expect(started).toBe(1);
  await database.db.execute(sql`delete from graphile_worker._private_jobs`);
});

it('refuses a task handled by two domains', () => {
  const handler = async () => {};
  expect(() =>
    composeTasks([{ 'checkout.order-confirmation': handler }, { 'checkout.order-confirmation': handler }]),
  ).toThrow(/two handlers/);
});
