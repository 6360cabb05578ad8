import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Env } from '../env.js';

/** How the gateway treats a subgraph that is slow or down. */
export interface UpstreamOptions {
  /** Each subgraph call gets this long; then the client gets GATEWAY_TIMEOUT for its fields. */
  timeoutMs: number;
  /** Failures in a row (timeouts, unreachable, 5xx) that open a subgraph's circuit. */
  breakerFailures: number;
  /** An open circuit fails calls at once for this long, then lets one trial call through. */
  breakerResetMs: number;
}

export function upstreamOptionsFromEnv(env: Env): UpstreamOptions {
  return {
    timeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    breakerFailures: env.SUBGRAPH_BREAKER_FAILURES,
    breakerResetMs: env.SUBGRAPH_BREAKER_RESET_MS,
  };
}

/**
 * A deadline for each subgraph call: one timer and one AbortController per call. Hive Gateway's
 * own `upstreamTimeout` costs more per call than that: it arms two `AbortSignal.timeout`s (never
 * cleared, so every call leaves a live timer behind for `timeoutMs`) and merges them with the
 * call's signals through `abortSignalAny`, which adds a listener to the transport's long-lived
 * dispose signal and a FinalizationRegistry entry per call (the source of the
 * MaxListenersExceededWarning under load), released only by garbage collection. Here the timer
 * is cleared when the answer comes; on expiry the fetch is aborted (freeing its socket) and the
 * call answers GATEWAY_TIMEOUT at once. No retries at all (no `upstreamRetry`, no transport
 * `retry`): under load a retry doubles the work of a subgraph that is already failing, and the
 * storefront's page cache already serves stale pages.
 */
export function useSubgraphTimeout(options: Pick<UpstreamOptions, 'timeoutMs'>): GatewayPlugin {
  return {
    onSubgraphExecute({ executor, setExecutor }) {
      setExecutor(((request: Parameters<typeof executor>[0]) => {
        const controller = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            controller.abort(new Error('subgraph call timed out'));
            resolve(failure('GATEWAY_TIMEOUT'));
          }, options.timeoutMs);
        });
        // The gateway sets no signal of its own unless cancellation is configured; then both count.
        const signal = request.signal ? AbortSignal.any([request.signal, controller.signal]) : controller.signal;
        const answer = Promise.resolve(executor({ ...request, signal })).finally(() => clearTimeout(timer));
        return Promise.race([answer, expired]);
      }) as typeof executor);
    },
  };
}

// What the HTTP transport reports for a call that never got a GraphQL answer.
const TRANSPORT_FAILURES = new Set(['SUBREQUEST_HTTP_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT']);

function isTransportFailure(result: unknown): boolean {
  const errors = (result as ExecutionResult | null)?.errors ?? [];
  return errors.some((error) => {
    const extensions = error.extensions as { code?: unknown; response?: { status?: unknown } } | undefined;
    const status = Number(extensions?.response?.status);
    return TRANSPORT_FAILURES.has(String(extensions?.code)) || status >= 500;
  });
}

const isTimeout = (result: unknown) =>
  ((result as ExecutionResult | null)?.errors ?? []).some((error) => error.extensions?.code === 'GATEWAY_TIMEOUT');

/**
 * A circuit breaker per subgraph, small enough to read here rather than a library's percentage
 * windows: `breakerFailures` failed calls in a row open it; while open, calls fail at once with
 * SUBGRAPH_UNAVAILABLE and never reach the subgraph, so a dead subgraph costs neither a timeout
 * per request nor sockets; after `breakerResetMs` one trial call goes through (half-open), and
 * its outcome closes or reopens the circuit. Answers with GraphQL errors a resolver raised are
 * the subgraph working, not failing. A failed call answers SUBGRAPH_UNAVAILABLE too (or
 * GATEWAY_TIMEOUT), before the circuit opens as after. It wraps useSubgraphTimeout (registered after it), so
 * timeouts count.
 */
export function useSubgraphCircuitBreaker(options: UpstreamOptions): GatewayPlugin {
  const circuits = new Map<string, { failures: number; openedAt: number | null; trial: boolean }>();
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      let circuit = circuits.get(subgraphName);
      if (!circuit) circuits.set(subgraphName, (circuit = { failures: 0, openedAt: null, trial: false }));
      const state = circuit;
      const settle = (failed: boolean, trial: boolean) => {
        if (trial) state.trial = false;
        if (!failed) {
          state.failures = 0;
          state.openedAt = null;
          return;
        }
        state.failures += 1;
        if (trial || state.failures >= options.breakerFailures) state.openedAt = Date.now();
      };
      setExecutor((async (request: Parameters<typeof executor>[0]) => {
        let trial = false;
        if (state.openedAt !== null) {
          if (state.trial || Date.now() - state.openedAt < options.breakerResetMs)
            return failure('SUBGRAPH_UNAVAILABLE');
          state.trial = trial = true;
        }
        try {
          const result = await executor(request);
          const failed = isTransportFailure(result);
          settle(failed, trial);
          // The transport's own error for an HTTP failure (a load balancer's 503 page with no
          // instance behind it, a refused connection) reaches the client masked as
          // INTERNAL_SERVER_ERROR, a bug to the client's eyes: say what it is, as the open circuit does.
          return failed && !isTimeout(result) ? failure('SUBGRAPH_UNAVAILABLE') : result;
        } catch (error) {
          settle(true, trial);
          throw error;
        }
      }) as typeof executor);
    },
  };
}

const MESSAGES = {
  GATEWAY_TIMEOUT: 'A service this query needs did not answer in time; try again shortly.',
  SUBGRAPH_UNAVAILABLE: 'A service this query needs is unavailable; try again shortly.',
};

/**
 * The answer of a subgraph that failed, as if it had answered with this error: the gateway passes
 * subgraph errors on with their code. (A thrown error would be masked as INTERNAL_SERVER_ERROR
 * unless built with the gateway's own copy of graphql-js.)
 */
function failure(code: keyof typeof MESSAGES): ExecutionResult {
  return { data: null, errors: [{ message: MESSAGES[code], extensions: { code } } as unknown as GraphQLError] };
}
