import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedLikeGateway } from '../../test/sign-like-gateway.js';
import { createSubgraphHandler, type SubgraphHandler } from './subgraph-handler.js';

const SECRET = 'subgraph-handler-test-secret-0123456789';

describe('subgraph handler', () => {
  let handler: SubgraphHandler;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    handler = await createSubgraphHandler({
      name: 'test',
      sdl: 'type Query { items: [Item!]! } type Item { id: ID! name: String! }',
      resolvers: {
        Query: {
          items: () => [
            { id: '1', name: 'one' },
            { id: '2', name: 'two' },
          ],
        },
      },
      gatewaySecret: SECRET,
      context: (requestId) => ({ requestId }),
    });
    server = createServer((req, res) => void handler.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await handler.stop();
  });

  // Only the gateway reads these answers: indentation would be bytes to write, send and parse again.
  it('answers with compact JSON, not pretty-printed', async () => {
    const operation = { query: '{ items { id name } }' };
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signedLikeGateway(url, operation, null, SECRET, { audience: 'test' }),
      },
      body: JSON.stringify({ query: operation.query, variables: {} }),
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: {
        items: [
          { id: '1', name: 'one' },
          { id: '2', name: 'two' },
        ],
      },
    });
    expect(text.trimEnd()).toBe(JSON.stringify(JSON.parse(text)));
  });
});
