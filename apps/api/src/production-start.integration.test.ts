import { randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { expect, inject, it } from 'vitest';
import { connectDatabase } from './platform/db/client.js';
import { ensureDevStaff } from './subgraphs/customers/index.js';
import { runMainUntil } from './test/main-process.js';

const secret = () => randomBytes(32).toString('base64url');

// A catalog as deployed: the settings the catalog needs in production, and nothing else.
const catalogInProduction = () => ({
  NODE_ENV: 'production',
  SERVICES: 'catalog',
  CATALOG_PORT: '0',
  ADMIN_PORT: '0',
  SHUTDOWN_DELAY_MS: '0',
  LOG_LEVEL: 'warn',
  DATABASE_URL: inject('databaseUrl'),
  GATEWAY_SECRET: secret(),
  STOREFRONT_URL: 'https://shop.example.net',
});
const RUNNING = /Commerce API is running/;

it('exits non-zero listing every missing production setting at once', async () => {
  const { code, output } = await runMainUntil({ NODE_ENV: 'production', SERVICES: 'gateway,catalog' }, RUNNING);
  expect(code).not.toBe(0);
  expect(output).toContain('Invalid configuration:');
  for (const name of [
    'DATABASE_URL',
    'GATEWAY_SECRET',
    'FIRST_PARTY_SECRET',
    'REDIS_URL',
    'CORS_ORIGINS',
    'STOREFRONT_URL',
  ])
    expect(output).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
  expect(output).not.toMatch(RUNNING);
}, 180_000);

it('exits non-zero on a database holding the development staff account, and starts once it is gone', async () => {
  const email = `dev-staff-${randomUUID()}@example.com`;
  const database = connectDatabase(inject('databaseUrl'), { max: 1 });
  await ensureDevStaff(database.db, email);
  await database.close();

  const refused = await runMainUntil({ ...catalogInProduction(), DEV_STAFF_EMAIL: email }, RUNNING);
  expect(refused.code, refused.output).not.toBe(0);
  expect(refused.output).toContain(`the database holds the development staff account ${email}`);
  expect(refused.output).not.toMatch(RUNNING);

  const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
  await sql`delete from customers.staff where email = ${email}`;
  await sql.end();
  const started = await runMainUntil({ ...catalogInProduction(), DEV_STAFF_EMAIL: email }, RUNNING);
  expect(started.output).toMatch(RUNNING);
  expect(started.code, started.output).toBe(0);
}, 240_000);
