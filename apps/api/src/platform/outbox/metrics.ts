import { Histogram } from 'prom-client';
import { metricOnce, metricsRegistry } from '../http/metrics.js';

const buckets = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60, 300];

function histogram(name: string, help: string): Histogram {
  return metricOnce(name, () => new Histogram({ name, help, buckets, registers: [metricsRegistry] }));
}

/** Registered on first use, in the process that runs the worker; served by its admin /metrics. */
const pickup = () =>
  histogram('outbox_pickup_latency_seconds', 'Cache invalidations: from the outbox row written to a flush claiming it');
const flush = () =>
  histogram(
    'outbox_flush_latency_seconds',
    'Cache invalidations: from the outbox row written to the storefront accepting its tags',
  );

const seconds = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / 1000);

export function observePickedUp(createdAt: Date, pickedAt: Date): void {
  pickup().observe(seconds(createdAt, pickedAt));
}

export function observeFlushed(createdAt: Date, doneAt: Date): void {
  flush().observe(seconds(createdAt, doneAt));
}

/** Registers both histograms so /metrics lists them before the first flush. */
export function registerOutboxMetrics(): void {
  pickup();
  flush();
}
