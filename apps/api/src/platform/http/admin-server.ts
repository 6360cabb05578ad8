import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from '../log.js';
import { metricsRegistry } from './metrics.js';

export interface AdminServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The process's one admin endpoint: Prometheus `/metrics` for every service the process runs.
 * It listens apart from the public service ports (on 127.0.0.1 unless told otherwise), so only
 * the scraper on the host or pod network reaches it.
 */
export async function startAdminServer(options: {
  port: number;
  host: string;
  /** Where the metrics come from: this process's registry unless told (a cluster primary sums its workers'). */
  metrics?: { contentType: string; collect(): Promise<string> };
}): Promise<AdminServer> {
  const source = options.metrics ?? {
    contentType: metricsRegistry.contentType,
    collect: () => metricsRegistry.metrics(),
  };
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
      const body = await source.collect().catch((error: unknown) => {
        log.error('metrics scrape failed', { error });
        return null;
      });
      if (body === null) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('metrics unavailable');
        return;
      }
      res.writeHead(200, { 'content-type': source.contentType });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
  });
  // The scraper polls every few seconds; nothing else should hold a connection here for long.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.maxConnections = 64;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
