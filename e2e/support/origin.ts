import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OriginReply {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string;
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/**
 * A scripted HTTP origin for testing the VCL on its own: each test sets what a path answers
 * and reads what reached the origin. It can go down (connections refused) and come back on
 * the same port.
 */
export class ScriptedOrigin {
  readonly seen: SeenRequest[] = [];
  private replies = new Map<string, (request: SeenRequest) => OriginReply>();
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get listeningPort(): number {
    return this.port;
  }

  /** What `path` (without its query string) answers from now on. */
  reply(path: string, answer: OriginReply | ((request: SeenRequest) => OriginReply)): void {
    this.replies.set(path, typeof answer === 'function' ? answer : () => answer);
  }

  /** Requests that reached the origin for `path` (query string ignored). */
  hits(path: string): SeenRequest[] {
    return this.seen.filter((request) => request.url.split('?')[0] === path);
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers };
        this.seen.push(request);
        const answer = this.replies.get(request.url.split('?')[0] ?? '/')?.(request) ?? {
          status: 404,
          body: 'no script for this path',
        };
        res.writeHead(answer.status ?? 200, { 'content-type': 'text/plain', ...answer.headers });
        res.end(answer.body ?? '');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops answering: open connections are cut and new ones refused. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}
