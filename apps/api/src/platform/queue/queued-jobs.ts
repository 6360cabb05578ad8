import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../db/bulk-insert.js';

export interface QueuedJob {
  id: string;
  task: string;
  payload: unknown;
  key: string | null;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
}

/**
 * The jobs still in the queue (pending, running or failing), oldest first, for tests and
 * diagnostics. The public `graphile_worker.jobs` view omits the payload, so this reads the
 * private tables (graphile-worker 0.16's layout).
 */
export async function findQueuedJobs(
  db: DbExecutor,
  filter: { task?: string; key?: string } = {},
): Promise<QueuedJob[]> {
  const rows = await db.execute<{
    id: string;
    task: string;
    payload: unknown;
    key: string | null;
    run_at: string;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
  }>(sql`
    select jobs.id::text, tasks.identifier as task, jobs.payload, jobs.key, jobs.run_at::text,
           jobs.attempts, jobs.max_attempts, jobs.last_error
    from graphile_worker._private_jobs jobs
    join graphile_worker._private_tasks tasks on tasks.id = jobs.task_id
    where (${filter.task ?? null}::text is null or tasks.identifier = ${filter.task ?? null}::text)
      and (${filter.key ?? null}::text is null or jobs.key = ${filter.key ?? null}::text)
    order by jobs.id`);
  return rows.map((row) => ({
    id: row.id,
    task: row.task,
    payload: row.payload,
    key: row.key,
    runAt: new Date(row.run_at),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
  }));
}
