import { runMigrations } from 'graphile-worker';
import { graphileLogger } from './graphile-logger.js';

/**
 * Installs or upgrades graphile-worker's schema (`graphile_worker`): run by the stack's migrate
 * step whether or not a worker runs here, so any service can enqueue a job (enqueueJob calls
 * graphile_worker.add_job) even when the worker is deployed elsewhere. Idempotent.
 */
export async function migrateQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, maxPoolSize: 1, logger: graphileLogger });
}
