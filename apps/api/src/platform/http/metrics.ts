import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { statementCount } from '../db/statement-counter.js';

/** One registry per service, served at `/metrics`. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Counter({
    name: 'sql_statements_total',
    help: 'SQL statements sent by this process (shared by the services it runs)',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(statementCount());
    },
  });
  return { registry, requests };
}

export type Metrics = ReturnType<typeof createMetrics>;
