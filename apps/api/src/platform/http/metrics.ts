import { Counter, Gauge, Histogram, collectDefaultMetrics, register } from 'prom-client';
import { buildInfo } from '../build-info.js';
import { statementCount } from '../db/statement-counter.js';

/**
 * Every service of a process records into prom-client's default registry, which the one admin
 * server of the process serves (`admin-server.ts`); services are told apart by a `service` label.
 * Label values come only from the code (service names, route prefixes, status codes), never from
 * a request path, so a stranger cannot add time series.
 */
export const metricsRegistry = register;

/**
 * The metric called `name`, created at its first use: one process may start several services or
 * test stacks, and prom-client refuses to register a name twice.
 */
export function metricOnce<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/** The route label of a path no service knows: all of them share this one series. */
export const OTHER_ROUTE = 'other';

function sharedMetrics() {
  // Registered once per process, however many services (or test stacks) it starts.
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics({ register });
  const requests = metricOnce(
    'http_request_duration_seconds',
    () =>
      new Histogram({
        name: 'http_request_duration_seconds',
        help: 'HTTP requests by service, known route and status',
        labelNames: ['service', 'route', 'status'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
        registers: [register],
      }),
  );
  metricOnce(
    'sql_statements_total',
    () =>
      new Counter({
        name: 'sql_statements_total',
        help: 'SQL statements sent by this process (shared by the services it runs)',
        registers: [register],
        collect() {
          this.reset();
          this.inc(statementCount());
        },
      }),
  );
  return requests;
}

function buildInfoGauge(): Gauge<'service' | 'version' | 'commit'> {
  const name = 'commerce_build_info';
  return metricOnce(
    name,
    () =>
      new Gauge({
        name,
        help: 'Always 1: which build (version, commit) each service of this process runs',
        labelNames: ['service', 'version', 'commit'],
        // A cluster primary merges its workers' registries: they all run the same build, so 1, not N.
        aggregator: 'max',
        registers: [register],
      }),
  );
}

/** Puts `commerce_build_info{service,version,commit} 1` on /metrics for one service. */
export function announceBuild(service: string): void {
  const build = buildInfo();
  // Every series of the process carries the build's version, so a dashboard or an alert can split
  // any metric by deploy (prom-client adds default labels when it renders, to metrics made before
  // too). Not `version`: nodejs_version_info has its own (Node's), which would win over ours.
  register.setDefaultLabels({ service_version: build.version });
  buildInfoGauge().set({ service, version: build.version, commit: build.commit }, 1);
}

/** The request metrics of one service. */
export function createMetrics(service: string) {
  const requests = sharedMetrics();
  announceBuild(service);
  return {
    /** `route` must be a known route prefix or OTHER_ROUTE. */
    observeRequest(route: string, status: number, seconds: number): void {
      requests.observe({ service, route, status: String(status) }, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
