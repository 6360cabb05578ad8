import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Stack } from '../stack.js';
import { startTestStack } from '../test/stack.js';

// A subgraph behind a load balancer (HAProxy, a Kubernetes Service) whose instances are all
// down: the balancer answers at once with its own 503 and an HTML page, not GraphQL. That is a
// failed call like a timeout or a refused connection: it must open the circuit, so the gateway
// stops sending calls the balancer can only refuse; and each of those answers, before and after
// the circuit opens, is the coded SUBGRAPH_UNAVAILABLE for the fields of that subgraph.

const FAILURES = 3;
const HAPROXY_503 =
  '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n';

let balancer: Server;
let calls = 0;
let stack: Stack;
let gateway = '';

beforeAll(async () => {
  balancer = createServer((req, res) => {
    calls += 1;
    req.resume();
    res.writeHead(503, { 'content-type': 'text/html', 'cache-control': 'no-cache' }).end(HAPROXY_503);
  });
  await new Promise<void>((resolve) => balancer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = balancer.address() as AddressInfo;
  stack = await startTestStack({
    CUSTOMERS_URL: `http://127.0.0.1:${port}`,
    SUBGRAPH_BREAKER_FAILURES: String(FAILURES),
    SUBGRAPH_BREAKER_RESET_MS: '60000',
  });
  gateway = `${stack.url('gateway')}/graphql`;
});
afterAll(async () => {
  await stack?.stop();
  await new Promise<void>((resolve) => balancer.close(() => resolve()));
});

async function askCustomer(): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ customer { id } shop { name } }' }),
  });
  return (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

it(`opens the circuit after ${FAILURES} answers of 503 from the balancer, then fails fast with SUBGRAPH_UNAVAILABLE`, async () => {
  for (let i = 0; i < FAILURES; i += 1) {
    const answer = await askCustomer();
    // The rest of the query is still answered; the dead domain's field is null with an error.
    expect(answer.data).toMatchObject({ customer: null, shop: { name: expect.any(String) } });
    // Coded, so a client can tell "that service is down" from a bug (the masked INTERNAL_SERVER_ERROR).
    expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer)).toBe('SUBGRAPH_UNAVAILABLE');
  }
  expect(calls).toBe(FAILURES);
  const open = await askCustomer();
  expect(open.errors?.[0]?.extensions?.code, JSON.stringify(open)).toBe('SUBGRAPH_UNAVAILABLE');
  expect(open.data).toMatchObject({ customer: null, shop: { name: expect.any(String) } });
  expect(calls).toBe(FAILURES);
});
