import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { percentile } from '@commerce/devtools/stats';
import type { ApiChild } from './api-child.js';
import { hasGraphQLErrors } from './graphql.js';
import { scrape, settle, type MetricsSnapshot } from './metrics.js';
import { cpuSecondsBetween, samplePostgresBackends, sampleProcessGroup, type CpuSample } from './process-cpu.js';
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
  /** sqlStatements / requestsServedByGateway; NaN when the admin /metrics could not be read. */
  sqlPerRequest: number;
  /**
   * CPU time of the API's processes (its whole process group) and of the PostgreSQL backends of
   * the bench's database, from /proc, between the window's start and the end of its drain,
   * divided by the responses to requests sent in the window; null where not measured.
   */
  cpuMsPerRequest: { node: number; postgres: number | null } | null;
  /** The gateway's response cache by `x-response-cache` header over the window's responses (absent: no header). */
  responseCache: CacheTally & { hitRatio: number; warmup: CacheTally };
  /** The same requests sent one at a time before the load: the exact statement count. */
  sqlPerRequestSequential: number;
  connections: number;
  drainSeconds: { afterWarmup: number; afterWindow: number };
  /** API process memory when the scenario ended. */
  apiMemoryMiB: { rss: number; heapUsed: number };
  warmup: { responses: number; errors: number; non2xx: number; graphqlErrorResponses: number };
  firstBadResponse: string | null;
}

type CacheTally = { hit: number; miss: number; skip: number; absent: number };
const emptyTally = (): CacheTally => ({ hit: 0, miss: 0, skip: 0, absent: 0 });
/** However slow the first pass, the warm-up ends after this (the run's deadline is the real bound). */
const MAX_FIRST_PASS_MS = 180_000;

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
  options: {
    /** Extra headers per request, e.g. an X-Forwarded-For that spreads the load over many clients. */
    headersFor?: () => Record<string, string>;
    connections?: number;
    /** Measure CPU per request (Linux /proc): the API's, and PostgreSQL's for this database if named. */
    cpu?: { databaseName: string | null };
    /**
     * Warm up until every body has been sent once (at least WARMUP_SECONDS): a response cache
     * starts empty, and a shop's first visitors fill it under load, not one at a time.
     */
    firstPass?: boolean;
  } = {},
): Promise<ScenarioResult> {
  assertNotAborting();
  const { headersFor = () => ({}), connections = CONNECTIONS, cpu, firstPass = false } = options;
  console.error(
    `[bench] ${name}: ${WARMUP_SECONDS}s warm-up + ${SECONDS}s measured, ${connections} connections, ${bodies.length} request variant${bodies.length === 1 ? '' : 's'}`,
  );
  const cache = { warmup: emptyTally(), measure: emptyTally() };
  const sampleCpu = (): { node: CpuSample; postgres: CpuSample | null } | null =>
    cpu
      ? {
          node: sampleProcessGroup(api.process.pid),
          postgres: cpu.databaseName ? samplePostgresBackends(cpu.databaseName) : null,
        }
      : null;
  // A cluster of API processes may not serve one /metrics for all of them: then no SQL figures.
  const tryScrape = (): Promise<MetricsSnapshot | null> => scrape(api.metricsUrl).catch(() => null);
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
      connections,
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
          onResponse: (_status, _body, context, headers) => {
            last = context as Tag;
            if (last.kind === 'graphql' && (windowOpen || last.phase === 'warmup')) {
              const tally = cache[last.phase];
              const value = (headers as Record<string, string | undefined> | undefined)?.['x-response-cache'];
              if (value === 'hit' || value === 'miss' || value === 'skip') tally[value] += 1;
              else tally.absent += 1;
            }
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
    await settle(api.metricsUrl).catch(() => sleep(500));
    return (performance.now() - started) / 1000;
  };

  const stopOnAbort = () => instance.stop();
  process.once('SIGINT', stopOnAbort);
  try {
    await sleep(WARMUP_SECONDS * 1000);
    const warmupStarted = performance.now();
    while (firstPass && next < bodies.length && performance.now() - warmupStarted < MAX_FIRST_PASS_MS) await sleep(50);
    if (failure) throw failure;
    const afterWarmup = await drain();
    const before = await tryScrape();
    const cpuBefore = sampleCpu();
    phase = 'measure';
    mode = 'measure';
    windowOpen = true;
    const opened = performance.now();
    await sleep(SECONDS * 1000);
    windowOpen = false;
    const windowSeconds = (performance.now() - opened) / 1000;
    const afterWindow = await drain();
    const cpuAfter = sampleCpu();
    const after = await tryScrape();

    const measured = stats.measure;
    const sqlStatements = after && before ? after.sql - before.sql : NaN;
    const served = after && before ? after.graphqlRequests - before.graphqlRequests : NaN;
    const perResponse = (seconds: number) => (measured.responses > 0 ? (seconds * 1000) / measured.responses : NaN);
    const cacheAnswers = cache.measure.hit + cache.measure.miss + cache.measure.skip;
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
      cpuMsPerRequest:
        cpuBefore && cpuAfter
          ? {
              node: perResponse(cpuSecondsBetween(cpuBefore.node, cpuAfter.node)),
              postgres:
                cpuBefore.postgres && cpuAfter.postgres
                  ? perResponse(cpuSecondsBetween(cpuBefore.postgres, cpuAfter.postgres))
                  : null,
            }
          : null,
      responseCache: {
        ...cache.measure,
        hitRatio: cacheAnswers > 0 ? cache.measure.hit / cacheAnswers : NaN,
        warmup: cache.warmup,
      },
      connections,
      drainSeconds: { afterWarmup, afterWindow },
      apiMemoryMiB: { rss: (after?.rssBytes ?? NaN) / 2 ** 20, heapUsed: (after?.heapUsedBytes ?? NaN) / 2 ** 20 },
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
