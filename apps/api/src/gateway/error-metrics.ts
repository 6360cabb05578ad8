import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Counter } from 'prom-client';
import { metricOnce, metricsRegistry } from '../platform/http/metrics.js';

// A GraphQL error is usually an HTTP 200: without this, the operator's error-rate alert sees
// nothing when a subgraph fails a field or a deploy breaks validation.
const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

function counter(): Counter<'code'> {
  const name = 'graphql_errors_total';
  return metricOnce(
    name,
    () =>
      new Counter({
        name,
        help: 'Errors in GraphQL responses the gateway sent, by extensions.code (OTHER when missing or unusual)',
        labelNames: ['code'],
        registers: [metricsRegistry],
      }),
  );
}

/** Registers the counter so /metrics lists it before the first error. */
export function registerErrorMetrics(): void {
  counter();
}
// Hive Gateway builds its plugins at the first request: register when the gateway's code loads, so
// a fresh gateway's /metrics already lists the counter (at 0) the alert rules read.
registerErrorMetrics();

/** Counts every error of every response, as the client receives it (after masking). */
export function useErrorMetrics(): GatewayPlugin {
  const errors = counter();
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!('errors' in single)) continue;
        for (const error of single.errors ?? []) {
          const code = error.extensions?.code;
          // Codes come from our services, but a label must never take an unbounded value.
          errors.inc({ code: typeof code === 'string' && CODE.test(code) ? code : 'OTHER' });
        }
      }
    },
  };
}
