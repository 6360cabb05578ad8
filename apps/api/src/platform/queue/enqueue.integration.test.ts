import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../db/client.js';
import { enqueueJob } from './enqueue.js';
import { findQueuedJobs } from './queued-jobs.js';

// enqueueJob writes into the caller's transaction: the job exists exactly when the change commits.

let database: Database;
beforeAll(() => {
  database = connectDatabase(inject('databaseUrl'), { max: 2 });
});
afterAll(() => database.close());

const jobsWithKey = (key: string) => findQueuedJobs(database.db, { key });

it('stores a job with its task, payload, run time and attempts', async () => {
  const runAt = new Date(Date.now() + 60_000);
  await enqueueJob(
    database.db,
    'checkout.expire-reservation',
    { checkoutId: 'abc' },
    { jobKey: 'enqueue-test:stores', runAt, maxAttempts: 3 },
  );
  const rows = await jobsWithKey('enqueue-test:stores');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ task: 'checkout.expire-reservation', payload: { checkoutId: 'abc' } });
  expect(rows[0]!.runAt.getTime()).toBe(runAt.getTime());
  expect(rows[0]!.maxAttempts).toBe(3);
});

it('leaves no job when the transaction rolls back', async () => {
  await expect(
    database.db.transaction(async (tx) => {
      await enqueueJob(tx, 'checkout.order-confirmation', { orderId: 'o1' }, { jobKey: 'enqueue-test:rollback' });
      throw new Error('the change failed');
    }),
  ).rejects.toThrow('the change failed');
  expect(await jobsWithKey('enqueue-test:rollback')).toHaveLength(0);
});

it('keeps one job per key: replace moves it, preserve_run_at keeps its time', async () => {
  const key = 'enqueue-test:key';
  const first = new Date(Date.now() + 60_000);
  const later = new Date(Date.now() + 120_000);
  await enqueueJob(database.db, 'checkout.expire-reservation', { checkoutId: 'k' }, { jobKey: key, runAt: first });
  await enqueueJob(database.db, 'checkout.expire-reservation', { checkoutId: 'k' }, { jobKey: key, runAt: later });
  let rows = await jobsWithKey(key);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.runAt.getTime()).toBe(later.getTime());
  await enqueueJob(
    database.db,
    'checkout.expire-reservation',
    { checkoutId: 'k2' },
    { jobKey: key, runAt: first, jobKeyMode: 'preserve_run_at' },
  );
  rows = await jobsWithKey(key);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.runAt.getTime()).toBe(later.getTime());
  expect(rows[0]!.payload).toEqual({ checkoutId: 'k2' });
});

it('refuses a payload that does not match the task before anything is stored', async () => {
  await expect(
    enqueueJob(database.db, 'inventory.sync-availability', { variantIds: [] }, { jobKey: 'enqueue-test:bad' }),
  ).rejects.toThrow();
  expect(await jobsWithKey('enqueue-test:bad')).toHaveLength(0);
});
