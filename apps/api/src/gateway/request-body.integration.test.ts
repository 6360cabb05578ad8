import { describe, expect, it } from 'vitest';
import { signedLikeGateway } from '../test/sign-like-gateway.js';
import { statementCount } from '../platform/db/statement-counter.js';
import { useTestStack } from '../test/stack.js';

// Bodies the gateway and subgraphs refuse before any work: too large, batched, or asking a
// subgraph for more entities in one call than any permitted operation can need.

const api = useTestStack();

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });

describe('request bodies', () => {
  it('answers 413 to a body over the size limit, without reading it all', async () => {
    const padding = 'x'.repeat(300_000);
    const response = await post(api.gateway, JSON.stringify({ query: '{ shop { name } }', variables: { padding } }));
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/PAYLOAD_TOO_LARGE|too large/i);
  });

  it('refuses a JSON array of operations (batching) with a coded error', async () => {
    const batch = JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ shop { name } }' })));
    const response = await post(api.gateway, batch);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCHING_NOT_SUPPORTED');
  });

  it('still takes an ordinary request', async () => {
    const response = await post(api.gateway, JSON.stringify({ query: '{ shop { name } }' }));
    expect(response.status).toBe(200);
  });
});

describe('entity representations', () => {
  it('refuses a subgraph call with more representations than any permitted operation needs', async () => {
    const url = `${api.stack.url('inventory')}/graphql`;
    const representations = Array.from({ length: 20_001 }, (_, i) => ({
      __typename: 'ProductVariant',
      id: `gid://shop/ProductVariant/${i + 1}`,
    }));
    const body = {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { availableForSale } } }',
      variables: { r: representations },
    };
    const before = statementCount();
    const response = await post(
      url,
      JSON.stringify(body),
      signedLikeGateway(url, body, null, api.stack.gatewaySecret, { audience: 'inventory' }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(await response.json())).toMatch(/TOO_MANY_REPRESENTATIONS/);
    expect(statementCount() - before).toBe(0);
  });
});
