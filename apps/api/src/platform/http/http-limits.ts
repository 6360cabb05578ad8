import type { Env } from '../../env.js';

/**
 * What protects every service port from clients that hold connections (slowloris): a deadline
 * for the request headers and for the whole request body, and a cap on open connections. Plus
 * the shutdown window in which `/readyz` says 503 while requests are still served, so a load
 * balancer stops sending before the port closes.
 */
export interface HttpLimits {
  /** The request headers must have arrived this long after the connection or last request. */
  headersTimeoutMs: number;
  /** The whole request (headers and body) must have arrived within this. */
  requestTimeoutMs: number;
  /** Open connections per service port; past it new ones are closed at once. */
  maxConnections: number;
  /** On shutdown, `/readyz` answers 503 this long before the port closes. */
  shutdownDelayMs: number;
}

// Kept in step with the defaults in env.ts (test stacks do not read env.ts for these).
let processLimits: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 4_096,
  shutdownDelayMs: 0,
};

/** Sets the limits of the service servers this process starts from now on (main.ts, at start). */
export function setHttpLimits(limits: HttpLimits): void {
  processLimits = limits;
}

export function httpLimits(): HttpLimits {
  return processLimits;
}

export function httpLimitsFromEnv(env: Env): HttpLimits {
  return {
    headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    maxConnections: env.HTTP_MAX_CONNECTIONS,
    // Load balancers need the window in production; locally Ctrl-C should stop at once.
    shutdownDelayMs: env.SHUTDOWN_DELAY_MS ?? (env.NODE_ENV === 'production' ? 5_000 : 0),
  };
}
