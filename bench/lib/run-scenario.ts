import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { percentile } from '@commerce/devtools/stats';
import type { ApiChild } from './api-child.js';
import { hasGraphQLErrors } from './graphql.js';
import { scrape, settle } from './metrics.js';
import { CONNECTIONS, SECONDS, WARMUP_SECONDS } from './settings.js';
import { assertNotAborting } from './teardown.js';

interface PhaseStats {
  /** GraphQL requests sent in this phase. */
  sent: number;
  /** Their responses, whenever they arrived. */
  responses: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  firstBadBody: string | null;
}

const emptyStats = (): PhaseStats => ({
  sent: 0,
  responses: 0,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  graphqlErrors: 0,
  firstBadBody: null,
});

export interface ScenarioResult {
  name: string;
  api: string;
  requestVariants: number;
  windowSeconds: number;
  /** GraphQL responses received inside the measured window, per second. */
  requestsPerSecond: number;
  /** Over the GraphQL responses received inside the measured window. */
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  /** GraphQL responses received inside the measured window. */
  requestsCompleted: number;
  /** GraphQL requests sent inside the window; the drain lets all of them finish. */
  requestsSent: number;
  /** /graphql requests the gateway finished between the two /metrics scrapes (should equal requestsSent). */
  requestsServedByGateway: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrorResponses: number;
  sqlStatements: number;
  /** sqlStatements / requestsServedByGateway. */
  sqlPerRequest: number;
  /** The same requests sent one at a time before the load: the exact statement count. */
  sqlPerRequestSequential: number;
  drainSeconds: { afterWarmup: number; afterWindow: number };
  /** API process memory when the scenario ended. */
  apiMemoryMiB: { rss: number; heapUsed: number };
  warmup: { responses: number; errors: number; non2xx: number; graphqlErrorResponses: number };
  firstBadResponse: string | null;
}

type Mode = 'warmup' | 'measure' | 'drain';
interface Tag {
  kind: 'graphql' | 'health';
  phase: 'warmup' | 'measure';
}

/**
 * One autocannon run per scenario, in phases: WARMUP_SECONDS of warm-up; a drain; the measured
 * window of SECONDS; a drain. While draining, each connection whose GraphQL request has come
 * back sends cheap `GET /healthz` instead (no SQL, not counted on /graphql), so every GraphQL
 * request finishes and none is abandoned half-way. The API's admin /metrics is scraped after each
 * drain, so the SQL delta holds exactly the statements of the requests sent in the window, and
 * is divided by exactly those requests. (Stopping autocannon at the end of the window instead
 * would leave the SQL of ~CONNECTIONS abandoned requests in the delta with no response to count.)
 */
export async function runScenario(
  api: ApiChild,
  name: string,
  bodies: string[],
  sqlPerRequestSequential: number,
  /** Extra headers per request, e.g. an X-Forwarded-For that spreads the load over many clients. */
  headersFor: () => Record<string, string> = () => ({}),
): Promise<ScenarioResult> {
  assertNotAborting();
  console.error(
    `[bench] ${name}: ${WARMUP_SECONDS}s warm-up + ${SECONDS}s measured, ${CONNECTIONS} connections, ${bodies.length} request variant${bodies.length === 1 ? '' : 's'}`,
  );
  const stats = { warmup: emptyStats(), measure: emptyStats() };
  let mode: Mode = 'warmup';
  let phase: Tag['phase'] = 'warmup';
  let inFlight = 0;
  let windowOpen = false;
  let windowResponses = 0;
  const windowLatencies: number[] = [];
  let last: Tag = { kind: 'graphql', phase: 'warmup' };
  let next = 0;
  let failure: unknown = null;

  const instance = autocannon(
    {
      url: `${api.gatewayUrl}/graphql`,
      title: name,
      method: 'POST',
      connections: CONNECTIONS,
      // A safety net only: the run is stopped as soon as the last drain is over.
      duration: WARMUP_SECONDS + SECONDS + 40,
      timeout: 10,
      requests: [
        {
          // Fresh header objects each time: autocannon writes Content-Length into the one it gets.
          setupRequest: (request, context) => {
            const tag = context as Partial<Tag>;
            if (mode === 'drain') {
              tag.kind = 'health';
              return {
                ...request,
                method: 'GET',
                path: '/healthz',
                headers: { accept: 'text/plain' },
                body: Buffer.alloc(0),
              };
            }
            tag.kind = 'graphql';
            tag.phase = phase;
            stats[phase].sent += 1;
            inFlight += 1;
            return {
              ...request,
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: 'application/json', ...headersFor() },
              body: bodies[next++ % bodies.length],
            };
          },
          // Called just before autocannon's 'response' event and verifyBody for the same response.
          onResponse: (_status, _body, context) => {
            last = context as Tag;
          },
        },
      ],
      verifyBody: (responseBody) => {
        if (last.kind === 'health') return true;
        const text = String(responseBody);
        if (!hasGraphQLErrors(text)) return true;
        stats[last.phase].graphqlErrors += 1;
        stats[last.phase].firstBadBody ??= text.slice(0, 500);
        return false;
      },
    },
    (error) => {
      if (error) failure = error;
    },
  );
  const finished = new Promise<void>((resolve) => instance.once('done', () => resolve()));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (last.kind === 'health') return;
    const phaseStats = stats[last.phase];
    inFlight -= 1;
    phaseStats.responses += 1;
    if (statusCode < 200 || statusCode > 299) phaseStats.non2xx += 1;
    if (windowOpen) {
      windowResponses += 1;
      windowLatencies.push(responseTime);
    }
  });
  instance.on('reqError', (error: unknown) => {
    const phaseStats = stats[phase];
    phaseStats.errors += 1;
    if (error instanceof Error && /timed out/i.test(error.message)) phaseStats.timeouts += 1;
  });

  /** Stops new GraphQL requests and waits until those in flight are answered. */
  const drain = async (): Promise<number> => {
    mode = 'drain';
    const started = performance.now();
    // Requests time out after 10 s; a lost one would keep inFlight above 0, hence the bound.
    while (inFlight > 0 && performance.now() - started < 12_000) await sleep(20);
    await settle(api.metricsUrl);
    return (performance.now() - started) / 1000;
  };

  const stopOnAbort = () => instance.stop();
  process.once('SIGINT', stopOnAbort);
  try {
    await sleep(WARMUP_SECONDS * 1000);
    if (failure) throw failure;
    const afterWarmup = await drain();
    const before = await scrape(api.metricsUrl);
    phase = 'measure';
    mode = 'measure';
    windowOpen = true;
    const opened = performance.now();
    await sleep(SECONDS * 1000);
    windowOpen = false;
    const windowSeconds = (performance.now() - opened) / 1000;
    const afterWindow = await drain();
    const after = await scrape(api.metricsUrl);

    const measured = stats.measure;
    const sqlStatements = after.sql - before.sql;
    const served = after.graphqlRequests - before.graphqlRequests;
    const sorted = [...windowLatencies].sort((a, b) => a - b);
    return {
      name,
      api: api.label,
      requestVariants: bodies.length,
      windowSeconds,
      requestsPerSecond: windowResponses / windowSeconds,
      latencyMs: {
        p50: percentile(sorted, 50),
        p90: percentile(sorted, 90),
        p99: percentile(sorted, 99),
        mean: sorted.length ? sorted.reduce((sum, v) => sum + v, 0) / sorted.length : NaN,
        max: sorted.length ? sorted[sorted.length - 1]! : NaN,
      },
      requestsCompleted: windowResponses,
      requestsSent: measured.sent,
      requestsServedByGateway: served,
      errors: measured.errors,
      timeouts: measured.timeouts,
      non2xx: measured.non2xx,
      graphqlErrorResponses: measured.graphqlErrors,
      sqlStatements,
      sqlPerRequest: served > 0 ? sqlStatements / served : NaN,
      sqlPerRequestSequential,
      drainSeconds: { afterWarmup, afterWindow },
      apiMemoryMiB: { rss: after.rssBytes / 2 ** 20, heapUsed: after.heapUsedBytes / 2 ** 20 },
      warmup: {
        responses: stats.warmup.responses,
        errors: stats.warmup.errors,
        non2xx: stats.warmup.non2xx,
        graphqlErrorResponses: stats.warmup.graphqlErrors,
      },
      firstBadResponse: measured.firstBadBody ?? stats.warmup.firstBadBody,
    };
  } finally {
    instance.stop();
    process.off('SIGINT', stopOnAbort);
    await Promise.race([finished, sleep(5000)]);
  }
}
