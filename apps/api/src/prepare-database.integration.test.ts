import postgres from 'postgres';
import { expect, inject, it } from 'vitest';
import { loadEnv } from './env.js';
import { prepareDatabase } from './stack.js';

// In Kubernetes (deploy/k8s) every domain's pod prepares the database when it starts, and a
// release starts several at once: they must take turns, or two apply the same migration and one
// fails its start.
it('prepares a fresh database from several processes at once', async () => {
  const admin = postgres(inject('databaseUrl').replace(/\/[^/]+$/, '/postgres'), { max: 1, onnotice: () => {} });
  const name = `commerce_prepare_${Date.now()}_${process.pid}`;
  await admin.unsafe(`create database ${name}`);
  try {
    const url = inject('databaseUrl').replace(/\/[^/]+$/, `/${name}`);
    const env = loadEnv({ NODE_ENV: 'test', SERVICES: 'catalog', SEED_DEMO_CATALOG: 'off' });
    const starts = await Promise.allSettled([1, 2, 3].map(() => prepareDatabase(env, url)));
    expect(starts.map((start) => (start.status === 'fulfilled' ? 'ok' : String(start.reason)))).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}, 90_000);
