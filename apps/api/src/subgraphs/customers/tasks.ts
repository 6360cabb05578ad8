import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import type { TaskPayload } from '../../platform/queue/tasks.js';
import { purgeExpiredTokens } from './token-purge.js';

/** What customers' jobs need from the worker. */
export interface CustomersTaskContext {
  db: DbExecutor;
  now(): Date;
  log: { info(message: string, fields?: Record<string, unknown>): void };
}

/** Customers' job handlers, composed by the worker (cron: hourly). Idempotent. */
export const customersTasks = {
  'customers.purge-expired-tokens': async (
    _payload: TaskPayload<'customers.purge-expired-tokens'>,
    { db, now, log }: CustomersTaskContext,
  ) => {
    const purged = await purgeExpiredTokens(db, now());
    if (purged > 0) log.info('purged expired access tokens', { purged });
  },
};
