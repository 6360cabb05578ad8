import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { httpLimits, type HttpLimits } from './http-limits.js';
import { createMetrics, OTHER_ROUTE } from './metrics.js';
import { servedByHeader } from './served-by.js';
import { inRequestScope, log } from '../log.js';

// In-flight requests get this long to finish on shutdown; orchestrators wait longer (30 s).
const DRAIN_TIMEOUT_MS = 10_000;
// How often Node checks the header and request deadlines (its default, 30 s, would let a
// slowloris client hold a socket up to 30 s past them).
const DEADLINE_CHECK_MS = 1_000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface ServiceServer {
  name: string;
  url: string;
  server: Server;
  /** Turns `/readyz` to 503 at once and starts the shutdown window; requests are still served. */
  markDraining(): void;
  /**
   * Marks the server draining, waits out what is left of the shutdown window, stops taking
   * connections, lets in-flight requests finish, then closes.
   */
  drain(): Promise<void>;
}

/**
 * A plain node:http server with what every service needs: `/healthz` (alive), `/readyz`
 * (ready, 503 while draining), request metrics for the admin server, prefix routes, and the
 * deadlines and connection cap of `HttpLimits`. Errors a route does not handle become a bare
 * 500 with the request id; the details go to the log only.
 */
export async function startServiceServer(options: {
  name: string;
  port: number;
  host?: string;
  routes: Record<string, RouteHandler>;
  /** Overrides the process's limits (tests). */
  limits?: Partial<HttpLimits>;
}): Promise<ServiceServer> {
  const limits = { ...httpLimits(), ...options.limits };
  const metrics = createMetrics(options.name);
  let drainingSince: number | null = null;
  const prefixes = Object.keys(options.routes).sort((a, b) => b.length - a.length);
  const servedBy = servedByHeader();

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: DEADLINE_CHECK_MS,
    },
    (req, res) => inRequestScope(options.name, req.headers, () => handle(req, res)),
  );
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = prefixes.find(
      (prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`),
    );
    // While draining, ask keep-alive clients (browsers, CDNs, the gateway) to let go after this.
    if (drainingSince !== null) res.setHeader('connection', 'close');
    if (servedBy !== null) res.setHeader('x-api-process', servedBy);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const known = route ?? (path === '/healthz' || path === '/readyz' ? path : OTHER_ROUTE);
      metrics.observeRequest(known, res.statusCode, seconds);
    });
    try {
      if (path === '/healthz') return send(res, 200, 'ok');
      if (path === '/readyz')
        return send(res, drainingSince === null ? 200 : 503, drainingSince === null ? 'ready' : 'draining');
      if (route) return await options.routes[route]!(req, res);
      send(res, 404, 'not found');
    } catch (error) {
      const requestId = String(req.headers['x-request-id'] ?? '');
      log.error('unhandled request error', { service: options.name, path, requestId, error });
      if (!res.headersSent) send(res, 500, `internal error${requestId ? ` (request ${requestId})` : ''}`);
      else res.destroy();
    }
  }
  server.keepAliveTimeout = 65_000;
  // Node's header deadline starts at a request's first byte, so a socket that connects and sends
  // nothing would hold its place forever: give a new connection the same deadline to send a request.
  const firstRequest = new WeakMap<Socket, NodeJS.Timeout>();
  server.on('connection', (socket: Socket) => {
    const timer = setTimeout(() => socket.destroy(), limits.headersTimeoutMs);
    timer.unref();
    firstRequest.set(socket, timer);
    socket.once('close', () => clearTimeout(timer));
  });
  server.on('request', (req: IncomingMessage) => clearTimeout(firstRequest.get(req.socket)));
  // Past the cap Node closes a new connection at once, before reading a byte of it.
  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const markDraining = () => {
    drainingSince ??= Date.now();
  };
  return {
    name: options.name,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    markDraining,
    async drain() {
      markDraining();
      const left = drainingSince! + limits.shutdownDelayMs - Date.now();
      if (left > 0) await sleep(left);
      // close() waits for every connection to end, and keep-alive connections that finish their
      // request stay open: sweep the idle ones until all are gone, and cut stragglers at the end.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const cut = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
      clearTimeout(cut);
    },
  };
}

function send(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(body);
}
