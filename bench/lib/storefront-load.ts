import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { percentile } from '@commerce/devtools/stats';
import { scrape } from './metrics.js';
import { CONNECTIONS, SECONDS, WARMUP_SECONDS } from './settings.js';
import { assertNotAborting } from './teardown.js';

export type PageMode = 'cached' | 'dynamic';

export interface PageLoadResult {
  name: string;
  mode: PageMode;
  pages: number;
  windowSeconds: number;
  /** Page responses received inside the measured window (whenever sent), per second. */
  requestsPerSecond: number;
  /** Over the responses received inside the measured window (exact percentiles, not histogram buckets). */
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  requestsCompleted: number;
  /** Mean response size (headers and body) in the window. */
  bytesPerResponse: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses in the window without the product's `<h1>`: not the page that was asked for. */
  wrongPage: number;
  /**
   * Responses in the window that were not what the scenario measures: cached, without
   * `x-nextjs-cache: HIT`; dynamic, without draft mode's `Cache-Control: private, no-store`.
   */
  unexpectedCaching: number;
  /** `x-nextjs-cache` values in the window (Next.js 16.4 says HIT on draft-mode renders too; see README). */
  cacheHeader: Record<string, number>;
  /** The gateway's /graphql requests between the window's start and end: ~0 when cached, ~1 per page when rendered. */
  gatewayRequests: number;
  gatewayRequestsPerResponse: number;
  warmup: { responses: number; errors: number; non2xx: number };
}

function header(headers: Record<string, unknown> | undefined, name: string): string | null {
  if (!headers) return null;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(', ') : String(value);
  }
  return null;
}

interface Tag {
  handle: string;
  phase: 'warmup' | 'measure';
}

/**
 * GET /products/<handle> from `next start`, rotating over the handles, CONNECTIONS connections:
 * WARMUP_SECONDS of warm-up, then the measured window of SECONDS. With `cookie` (draft mode)
 * every request is rendered; without it every request is a page-cache hit. Each response is
 * checked (status, the product's <h1>, the caching headers), and the API's admin /metrics is read
 * at the window's edges. Those reads are approximate by up to CONNECTIONS requests in flight;
 * the exact one-at-a-time check runs before the load (checkProductPages).
 */
export async function runPageLoad(options: {
  name: string;
  mode: PageMode;
  storefrontUrl: string;
  /** The API's admin /metrics. */
  metricsUrl: string;
  h1ByHandle: Record<string, string>;
  cookie?: string;
}): Promise<PageLoadResult> {
  assertNotAborting();
  const { name, mode, storefrontUrl, metricsUrl, h1ByHandle, cookie } = options;
  const handles = Object.keys(h1ByHandle);
  console.error(
    `[bench] ${name}: ${WARMUP_SECONDS}s warm-up + ${SECONDS}s measured, ${CONNECTIONS} connections, ${handles.length} product pages`,
  );
  const warmup = { responses: 0, errors: 0, non2xx: 0 };
  let phase: Tag['phase'] = 'warmup';
  let windowOpen = false;
  const windowLatencies: number[] = [];
  let windowBytes = 0;
  const measured = {
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    wrongPage: 0,
    unexpectedCaching: 0,
    cacheHeader: {} as Record<string, number>,
  };
  let next = 0;
  let failure: unknown = null;
  let last: Tag & { inWindow: boolean } = { handle: '', phase: 'warmup', inWindow: false };

  const instance = autocannon(
    {
      url: storefrontUrl,
      title: name,
      connections: CONNECTIONS,
      // A safety net only: the run is stopped when the window closes.
      duration: WARMUP_SECONDS + SECONDS + 30,
      timeout: 10,
      requests: [
        {
          setupRequest: (request, context) => {
            const tag = context as Tag;
            tag.handle = handles[next++ % handles.length]!;
            tag.phase = phase;
            return {
              ...request,
              method: 'GET',
              path: `/products/${tag.handle}`,
              // Fresh header objects each time. No Accept-Encoding: uncompressed, like a CDN's origin fetch without it.
              headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
            };
          },
          // Called just before autocannon's 'response' event for the same response.
          onResponse: (status, body, context, headers) => {
            const tag = context as Tag;
            last = { ...tag, inWindow: windowOpen };
            if (!last.inWindow) return;
            const cache = header(headers as Record<string, unknown>, 'x-nextjs-cache');
            measured.cacheHeader[cache ?? 'absent'] = (measured.cacheHeader[cache ?? 'absent'] ?? 0) + 1;
            if (status !== 200) return;
            if (!body.includes(h1ByHandle[tag.handle]!)) measured.wrongPage += 1;
            const cacheControl = header(headers as Record<string, unknown>, 'cache-control') ?? '';
            const asExpected =
              mode === 'cached'
                ? cache === 'HIT'
                : /\bprivate\b/.test(cacheControl) && /\bno-store\b/.test(cacheControl);
            if (!asExpected) measured.unexpectedCaching += 1;
          },
        },
      ],
    },
    (error) => {
      if (error) failure = error;
    },
  );
  const finished = new Promise<void>((resolve) => instance.once('done', () => resolve()));
  instance.on('response', (_client, statusCode, bytes, responseTime) => {
    const bad = statusCode < 200 || statusCode > 299;
    if (!last.inWindow) {
      if (last.phase === 'warmup') {
        warmup.responses += 1;
        if (bad) warmup.non2xx += 1;
      }
      return;
    }
    windowLatencies.push(responseTime);
    windowBytes += bytes;
    if (bad) measured.non2xx += 1;
  });
  instance.on('reqError', (error: unknown) => {
    if (phase === 'warmup') {
      warmup.errors += 1;
      return;
    }
    if (!windowOpen) return;
    measured.errors += 1;
    if (error instanceof Error && /timed out/i.test(error.message)) measured.timeouts += 1;
  });

  const stopOnAbort = () => instance.stop();
  process.once('SIGINT', stopOnAbort);
  try {
    await sleep(WARMUP_SECONDS * 1000);
    if (failure) throw failure;
    const before = await scrape(metricsUrl);
    phase = 'measure';
    windowOpen = true;
    const opened = performance.now();
    await sleep(SECONDS * 1000);
    windowOpen = false;
    const windowSeconds = (performance.now() - opened) / 1000;
    const after = await scrape(metricsUrl);
    if (failure) throw failure;

    const sorted = [...windowLatencies].sort((a, b) => a - b);
    const gatewayRequests = after.graphqlRequests - before.graphqlRequests;
    return {
      name,
      mode,
      pages: handles.length,
      windowSeconds,
      requestsPerSecond: sorted.length / windowSeconds,
      latencyMs: {
        p50: percentile(sorted, 50),
        p90: percentile(sorted, 90),
        p99: percentile(sorted, 99),
        mean: sorted.length ? sorted.reduce((sum, v) => sum + v, 0) / sorted.length : NaN,
        max: sorted.length ? sorted[sorted.length - 1]! : NaN,
      },
      requestsCompleted: sorted.length,
      bytesPerResponse: sorted.length ? windowBytes / sorted.length : NaN,
      ...measured,
      gatewayRequests,
      gatewayRequestsPerResponse: sorted.length ? gatewayRequests / sorted.length : NaN,
      warmup,
    };
  } finally {
    instance.stop();
    process.off('SIGINT', stopOnAbort);
    await Promise.race([finished, sleep(5000)]);
  }
}
