import postgres from 'postgres';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { loadEnv } from '../env.js';
import { enqueueJob } from '../platform/queue/enqueue.js';
import { findQueuedJobs } from '../platform/queue/queued-jobs.js';
import { startStack, type Stack } from '../stack.js';

// The worker deployed alone (SERVICES=worker), on a database of this file's own so it takes no
// job another test file enqueued.

let admin: postgres.Sql;
let stack: Stack;
const name = `commerce_worker_stack_${Date.now()}_${process.pid}`;

beforeAll(async () => {
  const url = new URL(inject('databaseUrl'));
  admin = postgres({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: url.username || 'postgres',
    database: 'postgres',
    max: 1,
    onnotice: () => {},
  });
  await admin.unsafe(`create database "${name}"`);
  url.pathname = `/${name}`;
  const env = loadEnv({
    NODE_ENV: 'test',
    SERVICES: 'worker',
    WORKER_PORT: '0',
    SEED_DEMO_CATALOG: 'false',
    DB_POOL_SIZE: '2',
    LOG_LEVEL: 'error',
    ...(inject('redisUrl') ? { REDIS_URL: inject('redisUrl')! } : {}),
  });
  stack = await startStack(env, url.toString());
});
afterAll(async () => {
  await stack?.stop();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

it('runs alone with a health surface and works the queue the migrate step installed', async () => {
  const health = await fetch(`${stack.url('worker')}/healthz`);
  expect(health.status).toBe(200);
  expect((await fetch(`${stack.url('worker')}/readyz`)).status).toBe(200);
  await enqueueJob(stack.database.db, 'customers.purge-expired-tokens', {}, { jobKey: 'stack-test' });
  const deadline = Date.now() + 15_000;
  while ((await findQueuedJobs(stack.database.db, { key: 'stack-test' })).length > 0) {
    if (Date.now() > deadline) throw new Error('the worker did not run the job');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
