import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Stack } from '../stack.js';
import { startTestStack } from '../test/stack.js';

// On SIGTERM the process drains (main.ts): /readyz turns 503, the load balancer stops sending,
// requests in flight and those still arriving in the shutdown window are answered, then the
// gateway is disposed. Hive Gateway's runtime asks its HTTP adapter to dispose itself on SIGTERM
// (`disposeOnProcessTerminate: true`), which aborted every operation in flight with SHUTTING_DOWN
// at the signal itself: found by the rolling-deploy bench (bench/rolling-deploy.ts).

const before = new Set(process.listeners('SIGTERM'));
let slow: Server;
let stack: Stack;
let gateway = '';

beforeAll(async () => {
  // A customers subgraph that takes its time: a request is still in flight when SIGTERM comes.
  slow = createServer((req, res) => {
    req.resume();
    setTimeout(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"customer":null}}'),
      1_500,
    );
  });
  await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', () => resolve()));
  stack = await startTestStack({ CUSTOMERS_URL: `http://127.0.0.1:${(slow.address() as AddressInfo).port}` });
  gateway = `${stack.url('gateway')}/graphql`;
});
afterAll(async () => {
  await stack?.stop();
  await new Promise<void>((resolve) => slow.close(() => resolve()));
});

async function ask(query: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

it('answers a request in flight at SIGTERM: only the drain disposes the gateway', async () => {
  expect(await ask('{ shop { name } }')).toMatchObject({ data: { shop: { name: expect.any(String) } } });
  const inFlight = ask('{ customer { id } shop { name } }');
  await new Promise((resolve) => setTimeout(resolve, 500));
  // What a SIGTERM runs here: the listeners the stack's libraries added (main.ts's own shutdown,
  // which drains, is not installed in tests). A real signal would also reach the test runner.
  const added = process.listeners('SIGTERM').filter((listener) => !before.has(listener));
  await Promise.all(added.map((listener) => (listener as (signal: string) => unknown)('SIGTERM')));
  const answer = await inFlight;
  expect(answer.errors, JSON.stringify(answer)).toBeUndefined();
  expect(answer).toMatchObject({ data: { customer: null, shop: { name: expect.any(String) } } });
});
