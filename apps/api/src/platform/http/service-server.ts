import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMetrics } from './metrics.js';
import { log } from '../log.js';

// In-flight requests get this long to finish on shutdown; orchestrators wait longer (30 s).
const DRAIN_TIMEOUT_MS = 10_000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface ServiceServer {
  name: string;
  url: string;
  server: Server;
  /** Stops taking requests (readyz turns 503), lets in-flight ones finish, then closes. */
  drain(): Promise<void>;
}

/**
 * A plain node:http server with what every service needs: `/healthz` (alive), `/readyz`
 * (ready, 503 while draining), Prometheus `/metrics`, and prefix routes. Errors a route does
 * not handle become a bare 500 with the request id; the details go to the log only.
 */
export async function startServiceServer(options: {
  name: string;
  port: number;
  host?: string;
  routes: Record<string, RouteHandler>;
}): Promise<ServiceServer> {
  const metrics = createMetrics(options.name);
  let draining = false;
  const prefixes = Object.keys(options.routes).sort((a, b) => b.length - a.length);

  const server = createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = prefixes.find((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    // While draining, ask keep-alive clients (browsers, CDNs, the gateway) to let go after this.
    if (draining) res.setHeader('connection', 'close');
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.observe({ route: route ?? path.split('/')[1] ?? '', status: String(res.statusCode) }, seconds);
    });
    try {
      if (path === '/healthz') return send(res, 200, 'ok');
      if (path === '/readyz') return send(res, draining ? 503 : 200, draining ? 'draining' : 'ready');
      if (path === '/metrics') {
        res.setHeader('content-type', metrics.registry.contentType);
        return send(res, 200, await metrics.registry.metrics());
      }
      if (route) return await options.routes[route]!(req, res);
      send(res, 404, 'not found');
    } catch (error) {
      const requestId = String(req.headers['x-request-id'] ?? '');
      log.error('unhandled request error', { service: options.name, path, requestId, error });
      if (!res.headersSent) send(res, 500, `internal error${requestId ? ` (request ${requestId})` : ''}`);
      else res.destroy();
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    name: options.name,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    async drain() {
      draining = true;
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
