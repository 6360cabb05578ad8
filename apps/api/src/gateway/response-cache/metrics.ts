import { Counter } from 'prom-client';
import { metricOnce, metricsRegistry } from '../../platform/http/metrics.js';

export type ResponseCacheOutcome = 'hit' | 'miss' | 'skip';

/** Registered once per process, however many gateways (test stacks) it starts. */
function counter(): Counter<'outcome'> {
  const name = 'gateway_response_cache_requests_total';
  return metricOnce(
    name,
    () =>
      new Counter({
        name,
        help: 'GraphQL requests by response cache outcome: hit (served from it), miss (answered and stored), skip (personal, private or failed)',
        labelNames: ['outcome'],
        registers: [metricsRegistry],
      }),
  );
}

export function countResponseCache(outcome: ResponseCacheOutcome): void {
  counter().inc({ outcome });
}
