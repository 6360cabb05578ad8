import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseBusyError } from '../db/statement-gate.js';
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
      sdl: 'type Query { items: [Item!]! busy: [Item!] } type Item { id: ID! name: String! }',
      resolvers: {
        Query: {
          items: () => [
            { id: '1', name: 'one' },
            { id: '2', name: 'two' },
          ],
          // As the ORM throws it when the statement gate refuses: its own error, the gate's as the cause.
          busy: () => {
            throw new Error('Failed query: select 1', { cause: new DatabaseBusyError(110) });
          },
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

  /** A query signed as the gateway signs it. */
  const askAsGateway = (query: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signedLikeGateway(url, { query }, null, SECRET, { audience: 'test' }),
      },
      body: JSON.stringify({ query, variables: {} }),
    });

  // Only the gateway reads these answers: indentation would be bytes to write, send and parse again.
  it('answers with compact JSON, not pretty-printed', async () => {
    const response = await askAsGateway('{ items { id name } }');
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

  it('tells the client the database is busy, with a code to retry on, when the statement gate refused', async () => {
    const response = await askAsGateway('{ busy { id } }');
    const body = (await response.json()) as { data: unknown; errors: { message: string; extensions: unknown }[] };
    expect(body.data).toEqual({ busy: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions).toEqual({ code: 'DATABASE_BUSY' });
    expect(body.errors[0]!.message).toMatch(/busy/);
    expect(JSON.stringify(body)).not.toMatch(/select|Failed query/);
  });
});
