import { Counter, Gauge } from 'prom-client';
import type postgres from 'postgres';
import { metricOnce, metricsRegistry } from '../http/metrics.js';

/** Thrown instead of queueing when the pool and its wait queue are full. */
export class DatabaseBusyError extends Error {
  readonly code = 'DATABASE_BUSY';
  constructor(limit: number) {
    super(`The database is busy: ${limit} statements are already running or waiting for a connection.`);
    this.name = 'DatabaseBusyError';
  }
}

// Saturation, for the operator's alerts (deploy/prometheus): refusals mean requests fail now.
// Process-wide, summed over every gated pool of the process; registered once however many pools.
export function statementGateMetrics() {
  const refused = metricOnce(
    'db_statements_refused_total',
    () =>
      new Counter({
        name: 'db_statements_refused_total',
        help: 'SQL statements refused at once because the pool and its wait queue were full (DATABASE_BUSY)',
        registers: [metricsRegistry],
      }),
  );
  const inFlight = metricOnce(
    'db_statements_in_flight',
    () =>
      new Gauge({
        name: 'db_statements_in_flight',
        help: 'SQL statements and transactions running or waiting for a pooled connection',
        registers: [metricsRegistry],
      }),
  );
  return { refused, inFlight };
}

/**
 * postgres.js queues statements for a free connection without limit, so a storm of slow queries
 * would pile up requests (and their memory) until the process falls over. This admits at most
 * `limit` statements or transactions at a time (running or waiting) and refuses the next at once.
 *
 * It wraps the two entry points drizzle uses, `unsafe` (every statement) and `begin` (a
 * transaction, counted once: its statements run on the connection it holds). A statement is
 * counted from the call until it settles; the settle hook is the native `Promise.prototype.then`,
 * because postgres.js's own `then` would send the statement before drizzle chose its row format.
 */
export function gateStatements(client: postgres.Sql, limit: number): postgres.Sql {
  let inFlight = 0;
  const metrics = statementGateMetrics();
  const admit = (): (() => void) => {
    if (inFlight >= limit) {
      metrics.refused.inc();
      throw new DatabaseBusyError(limit);
    }
    inFlight += 1;
    metrics.inFlight.inc();
    let released = false;
    return () => {
      if (!released) {
        inFlight -= 1;
        metrics.inFlight.dec();
      }
      released = true;
    };
  };
  const unsafe = ((...args: Parameters<postgres.Sql['unsafe']>) => {
    const release = admit();
    const query = client.unsafe(...args);
    Promise.prototype.then.call(query, release, release);
    return query;
  }) as postgres.Sql['unsafe'];
  const begin = (async (...args: Parameters<postgres.Sql['begin']>) => {
    const release = admit();
    try {
      return await (client.begin as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      release();
    }
  }) as postgres.Sql['begin'];
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') return unsafe;
      if (property === 'begin') return begin;
      return Reflect.get(target, property, receiver);
    },
  });
}
