import type { Db } from '../platform/db/client.js';
import type { Mailer } from '../platform/mail/index.js';
import type { TaskName, TaskPayload } from '../platform/queue/tasks.js';

/**
 * What the worker's handlers need from payments: settling a charge whose outcome was never
 * recorded (the repair job). Structural, so checkout's PaymentRouter fits without the worker
 * importing checkout's internals.
 */
export interface TaskPayments {
  lookup(providerId: string, attemptId: string): Promise<'succeeded' | 'failed' | 'unknown'>;
  void(providerId: string, attemptId: string, reference?: string): Promise<void>;
  /** For an attempt whose instance was never recorded: which instance of the kind holds a charge. */
  locate(
    provider: string,
    attemptId: string,
  ): Promise<{ status: 'succeeded' | 'failed' | 'unknown'; providerId: string | null }>;
  /** Voids the attempt at every instance of the kind. */
  voidAll(provider: string, attemptId: string): Promise<void>;
}

export interface TaskLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Everything a job handler gets besides its payload. */
export interface TaskContext {
  /** The worker's own pool (not a transaction): a handler opens the transactions it needs. */
  db: Db;
  mail: Mailer;
  payments: TaskPayments;
  /** Logs with the task name and job id attached; never log a payload's personal data. */
  log: TaskLog;
  /** The clock handlers decide expiry by (tests pin it). */
  now(): Date;
  job: { id: string; attempts: number; maxAttempts: number };
  /** The storefront's /api/revalidate (the outbox flush posts cache tags there); unset in development without one. */
  revalidation?: { url: string; secret: string };
  /** Evicts the gateway's cached responses showing these outbox tags; unset when the response cache is off. */
  evictResponses?: (tags: readonly string[]) => Promise<void>;
}

/** A domain's handlers, exported from its index.ts as `<domain>Tasks`. Each must be idempotent. */
export type TaskHandlers = {
  [T in TaskName]?: (payload: TaskPayload<T>, context: TaskContext) => Promise<unknown>;
};
