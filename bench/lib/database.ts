import postgres from 'postgres';
import { connectDatabase } from '../../apps/api/src/platform/db/client.js';
import { migrateDatabase } from '../../apps/api/src/platform/db/migrate.js';
import { seedDemoCatalog } from '../../apps/api/src/seed/seed.js';
import { seedCartDemo } from '../../apps/api/src/subgraphs/cart/index.js';
import { onCleanup } from './teardown.js';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** BENCH_DATABASE_URL if set (kept); otherwise a fresh `<prefix>_<timestamp>`, dropped at clean-up. */
export async function prepareDatabase(prefix = 'commerce_bench'): Promise<{ url: string; created: string | null }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, created: null };
  const { url, name } = await createScratchDatabase(prefix);
  await seedDatabase(url);
  return { url, created: name };
}

/** An empty database `<prefix>_<timestamp>` on the local server, dropped at clean-up (also after a failure or Ctrl-C). */
export async function createScratchDatabase(prefix: string): Promise<{ url: string; name: string }> {
  const name = `${prefix}_${new Date().toISOString().replace(/\D/g, '').slice(0, 17)}`;
  // Registered before CREATE DATABASE, so an interrupt while it runs still drops the database;
  // but never drop one that existed already (another run's).
  let ours = true;
  onCleanup(async () => {
    if (!ours) return;
    const dropper = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
    try {
      // FORCE ends connections a killed child may have left behind (PostgreSQL 13+).
      await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      console.error(`[bench] dropped database ${name}`);
    } finally {
      await dropper.end({ timeout: 5 });
    }
  });
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') ours = false; // duplicate_database
    throw error;
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

/** Migrates and seeds the demo data here (as the stack's seed step would): the API runs as in production, which never seeds. */
async function seedDatabase(url: string): Promise<void> {
  const database = connectDatabase(url, { max: 2 });
  try {
    await migrateDatabase(database.db);
    const seeded = await seedDemoCatalog(database.db);
    console.error(`[bench] seeded ${seeded.products} products, ${seeded.variants} variants in ${seeded.ms} ms`);
    // Tax rates and discount codes: a cart needs the tax rate of its shopper's country.
    await seedCartDemo(database.db);
  } finally {
    await database.close();
  }
}

/**
 * Without statistics the planner seq-scans (e.g. all of inventory.levels for every stock lookup);
 * a server with autovacuum on gathers them within a minute or so, one with it off never does.
 * The seed runs ANALYZE itself; this pass is cheap and also covers a reused BENCH_DATABASE_URL
 * (seeded by an older version, or changed since). Measure the steady state.
 */
export async function analyzeDatabase(url: string): Promise<{ autovacuum: string; ms: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const started = performance.now();
    const [row] = await sql<Array<{ setting: string }>>`select setting from pg_settings where name = 'autovacuum'`;
    await sql`ANALYZE`;
    return { autovacuum: row?.setting ?? 'unknown', ms: Math.round(performance.now() - started) };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
