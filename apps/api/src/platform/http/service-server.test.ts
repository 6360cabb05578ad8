import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServiceServer, type ServiceServer } from './service-server.js';

// The service port as a hostile or impatient client meets it: sockets that dribble bytes or just
// hold on, and the shutdown window a load balancer needs.

const started: ServiceServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.drain()));
});

async function serve(limits: Parameters<typeof startServiceServer>[0]['limits']): Promise<ServiceServer> {
  const server = await startServiceServer({
    name: 'test',
    port: 0,
    routes: { '/work': (_req, res) => void res.end('done') },
    limits,
  });
  started.push(server);
  return server;
}

function open(url: string): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Milliseconds until the server ends the socket, or null if it is still open after `withinMs`. */
function closedWithin(socket: Socket, withinMs: number): Promise<number | null> {
  const since = Date.now();
  return new Promise((resolve) => {
    if (socket.closed) return resolve(0); // closed before anyone asked
    const timer = setTimeout(() => resolve(null), withinMs);
    socket.on('error', () => {});
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - since);
    });
  });
}

/** Writes `chunks` one every `everyMs` until the socket closes. */
function dribble(socket: Socket, chunks: string[], everyMs: number): void {
  let next = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || next >= chunks.length) return clearInterval(timer);
    socket.write(chunks[next++]!);
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

/** One request on an already open keep-alive socket; resolves with the status line. */
function requestOn(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1').split('\r\n')[0]!));
    socket.once('close', () => reject(new Error('closed')));
    socket.write(`GET ${path} HTTP/1.1\r\nhost: test\r\n\r\n`);
  });
}

describe('slow clients', () => {
  it('cuts a socket that dribbles its headers once the header deadline passes', async () => {
    const server = await serve({ headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
    const socket = await open(server.url);
    dribble(socket, ['GET /work HTTP/1.1\r\n', ...Array.from({ length: 100 }, (_, i) => `x-slow-${i}: 1\r\n`)], 100);
    const closedAfter = await closedWithin(socket, 4_000);
    expect(closedAfter).not.toBeNull();
    // The deadline plus at most one check of it (every second).
    expect(closedAfter!).toBeLessThan(2_000);
  });

  it('cuts a socket that dribbles its body once the request deadline passes', async () => {
    const server = await serve({ headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
    const socket = await open(server.url);
    socket.write('POST /work HTTP/1.1\r\nhost: test\r\ncontent-length: 1000\r\n\r\n');
    dribble(
      socket,
      Array.from({ length: 100 }, () => 'x'),
      100,
    );
    const closedAfter = await closedWithin(socket, 4_000);
    expect(closedAfter).not.toBeNull();
    expect(closedAfter!).toBeLessThan(2_500);
  });

  it('refuses connections past the cap while an open one is still served', async () => {
    const server = await serve({ maxConnections: 3, headersTimeoutMs: 1_500, requestTimeoutMs: 3_000 });
    const mine = await open(server.url);
    expect(await requestOn(mine, '/healthz')).toBe('HTTP/1.1 200 OK');
    // Two sockets that send nothing fill the cap.
    const holders = [await open(server.url), await open(server.url)];
    const extra = await open(server.url);
    expect(await closedWithin(extra, 1_000)).not.toBeNull();
    expect(await requestOn(mine, '/healthz')).toBe('HTTP/1.1 200 OK');
    // The holders sent no headers: the header deadline frees their places.
    // Watched together: they close within a moment of each other.
    for (const closedAfter of await Promise.all(holders.map((holder) => closedWithin(holder, 4_000))))
      expect(closedAfter).not.toBeNull();
    const later = await fetch(`${server.url}/work`);
    expect(await later.text()).toBe('done');
    mine.destroy();
  });
});

describe('shutdown', () => {
  it('answers /readyz with 503 for the shutdown window while still serving, then closes the port', async () => {
    const server = await serve({ shutdownDelayMs: 1_000 });
    started.splice(started.indexOf(server), 1);
    const since = Date.now();
    const drained = server.drain();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const work = await fetch(`${server.url}/work`);
    expect(work.status).toBe(200);
    expect(await work.text()).toBe('done');
    await drained;
    expect(Date.now() - since).toBeGreaterThanOrEqual(950);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
