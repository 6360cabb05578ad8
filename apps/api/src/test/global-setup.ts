import type { TestProject } from 'vitest/node';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { connectDatabase } from '../platform/db/client.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../platform/db/embedded.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import { seedDemoCatalog } from '../seed/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
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
    embedded = await startEmbeddedPostgres(fileURLToPath(new URL('../../../../.data/test-postgres', import.meta.url)), 54330);
    admin = postgres(embedded.url, { max: 1, onnotice: () => {} });
  }
  const name = `commerce_test_${Date.now()}_${process.pid}`;
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(embedded?.url ?? serverUrl);
  url.pathname = `/${name}`;

  const database = connectDatabase(url.toString(), { max: 4 });
  const started = Date.now();
  await migrateDatabase(database.db);
  const seeded = await seedDemoCatalog(database.db);
  await database.close();
  console.log(`test database ${name}: ${seeded.products} products, ${seeded.variants} variants in ${Date.now() - started} ms`);
  project.provide('databaseUrl', url.toString());

  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await embedded?.stop();
  };
}
