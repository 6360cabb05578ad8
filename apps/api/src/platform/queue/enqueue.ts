import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../db/bulk-insert.js';
import { parseTaskPayload, type TaskName, type TaskPayload } from './tasks.js';

export type JobSpec = {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** At most one pending job per key: a second add with the same key updates the first. */
  jobKey?: string;
  /** 'replace' (default) moves the pending job to the new runAt; 'preserve_run_at' keeps its time. */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  /** Attempts before the job is given up (graphile-worker's default: 25, with exponential backoff). */
  maxAttempts?: number;
  /** Lower runs first (default 0). */
  priority?: number;
};

/**
 * Adds a job inside the caller's transaction (select graphile_worker.add_job(...)), so it exists iff the change commits.
 *
 * Pass the transaction that makes the change the job follows from: a job enqueued for a checkout
 * that then rolls back never runs, and one whose change commits is never lost (no dual write
 * between the database and a separate broker). The payload is checked against the task's schema
 * here, so a bad payload fails the caller's transaction instead of a job later.
 */
export async function enqueueJob<T extends TaskName>(
  db: DbExecutor,
  task: T,
  payload: TaskPayload<T>,
  spec: JobSpec = {},
): Promise<void> {
  const checked = parseTaskPayload(task, payload);
  await db.execute(sql`
    select graphile_worker.add_job(
      identifier => ${task}::text,
      payload => ${JSON.stringify(checked)}::json,
      run_at => ${spec.runAt ? spec.runAt.toISOString() : null}::timestamptz,
      max_attempts => ${spec.maxAttempts ?? null}::int,
      job_key => ${spec.jobKey ?? null}::text,
      priority => ${spec.priority ?? null}::int,
      job_key_mode => ${spec.jobKeyMode ?? 'replace'}::text
    )`);
}

/**
 * Removes the pending job with `jobKey` inside the caller's transaction (graphile_worker.remove_job):
 * a cancelled schedule never runs. A job already running loses its key and is not retried.
 */
export async function removeJob(db: DbExecutor, jobKey: string): Promise<void> {
  await db.execute(sql`select graphile_worker.remove_job(${jobKey}::text)`);
}
