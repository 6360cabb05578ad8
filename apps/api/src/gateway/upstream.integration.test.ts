import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Stack } from '../stack.js';
import { startTestStack } from '../test/stack.js';

// One subgraph that stops answering must cost the gateway a bounded time per call, then no
// calls at all for a while, and must not slow down queries that never touch it.

// Long enough that the bounds below, which are fractions or multiples of it, hold on a loaded CI
// machine (at 600 ms, a fail-fast answer had 300 ms, one ordinary gateway round trip under load).
const TIMEOUT_MS = 2_000;
const FAILURES = 3;

let hanging: Server;
const received: IncomingMessage[] = [];
let stack: Stack;
let gateway = '';

beforeAll(async () => {
  // Reads the request and never answers: a subgraph stuck on a lock or a dead downstream.
  hanging = createServer((req) => void received.push(req));
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', () => resolve()));
  const { port } = hanging.address() as AddressInfo;
  stack = await startTestStack({
    CUSTOMERS_URL: `http://127.0.0.1:${port}`,
    SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
    SUBGRAPH_BREAKER_FAILURES: String(FAILURES),
    SUBGRAPH_BREAKER_RESET_MS: '60000',
  });
  gateway = `${stack.url('gateway')}/graphql`;
  await ask('{ shop { name } }'); // first-request start-up work is not what is measured
});
afterAll(async () => {
  await stack?.stop();
  hanging.closeAllConnections();
  await new Promise<void>((resolve) => hanging.close(() => resolve()));
});

interface Outcome {
  ms: number;
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

async function ask(query: string): Promise<Outcome> {
  const since = Date.now();
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
    // Far past the subgraph timeout: a gateway that waits for the hanging subgraph fails here.
    signal: AbortSignal.timeout(TIMEOUT_MS * 5),
  });
  const body = (await response.json()) as Outcome['body'];
  return { ms: Date.now() - since, status: response.status, body };
}

const CUSTOMER = '{ customer { id email } }';

function expectCodedAndMasked(outcome: Outcome, code: string): void {
  expect(outcome.body.errors?.length, JSON.stringify(outcome.body)).toBeGreaterThan(0);
  const error = outcome.body.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  const text = JSON.stringify(outcome.body.errors);
  // Neither the subgraph's address nor the query sent to it, nor a stack.
  expect(text).not.toMatch(/127\.0\.0\.1|customer\{|stacktrace|\bat .*\.(ts|js):\d+/);
}

it('answers within the subgraph timeout with a coded error, having asked the subgraph once', async () => {
  const outcome = await ask(CUSTOMER);
  expect(outcome.ms).toBeLessThan(TIMEOUT_MS + 1_500);
  expectCodedAndMasked(outcome, 'GATEWAY_TIMEOUT');
  // No retries: one client request, one subgraph request.
  expect(received).toHaveLength(1);
  // The timed-out call is aborted, not left waiting: its connection to the subgraph closes.
  const socket = received[0]!.socket;
  if (!socket.destroyed) await new Promise((resolve) => socket.once('close', resolve));
});

it(`stops calling a subgraph after ${FAILURES} failures and fails fast instead`, async () => {
  for (let i = 1; i < FAILURES; i += 1) expectCodedAndMasked(await ask(CUSTOMER), 'GATEWAY_TIMEOUT');
  expect(received).toHaveLength(FAILURES);
  const open = await ask(CUSTOMER);
  expect(open.ms).toBeLessThan(TIMEOUT_MS / 2);
  expectCodedAndMasked(open, 'SUBGRAPH_UNAVAILABLE');
  expect(received).toHaveLength(FAILURES);
});

it('keeps serving queries that do not need the failing subgraph', async () => {
  const outcome = await ask('{ shop { name } }');
  expect(outcome.body.errors).toBeUndefined();
  expect(outcome.body.data).toMatchObject({ shop: { name: expect.any(String) } });
  expect(outcome.ms).toBeLessThan(TIMEOUT_MS);
});
