import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../stack.js';
import { graphql, startTestStack, useTestStack } from '../test/stack.js';
import { LIMITS, type LimitCode } from './limits.js';
import { MAX_COST } from './query-cost/query-cost-plugin.js';
import { statementCount } from '../platform/db/statement-counter.js';
import { startAdminServer } from '../platform/http/admin-server.js';

// The gateway as clients meet it: operation limits, masked errors tied to a request id,
// GraphiQL without a CDN, health and metrics endpoints, and bad request bodies.

const api = useTestStack();

/** A rejected operation: at least one error, no data, and never a 5xx. */
async function expectRejected(document: string, message: RegExp, code: LimitCode): Promise<void> {
  const response = await graphql(api.gateway, document);
  expect(response.status).toBeLessThan(500);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.map((error) => error.message).join('\n')).toMatch(message);
  expect(response.errors?.map((error) => error.extensions?.code)).toContain(code);
  expect(response.errors?.map((error) => error.message).join('\n')).not.toMatch(/^Syntax Error/);
}

describe('operation limits', () => {
  it(`rejects a query deeper than ${LIMITS.maxDepth}`, async () => {
    // product > variants > nodes > product > collections > nodes > products > nodes > variants > nodes > product > variants > nodes > id
    const deep =
      '{ product(handle: "x") { variants { nodes { product { collections { nodes { products { nodes { variants { nodes { product { variants { nodes { id } } } } } } } } } } } } } }';
    await expectRejected(deep, /depth/i, 'MAX_DEPTH_EXCEEDED');
  });

  it(`allows ${LIMITS.maxAliases} aliases and rejects ${LIMITS.maxAliases + 1}`, async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: shop { name }`).join(' ')} }`;
    const allowed = await graphql<Record<string, { name: string }>>(api.gateway, aliases(LIMITS.maxAliases));
    expect(allowed.errors).toBeUndefined();
    expect(Object.keys(allowed.data!)).toHaveLength(LIMITS.maxAliases);
    await expectRejected(aliases(LIMITS.maxAliases + 1), /alias/i, 'MAX_ALIASES_EXCEEDED');
  });

  it(`refuses a query that could return more than ${MAX_COST} objects before any subgraph is asked`, async () => {
    const before = statementCount();
    const dump = await graphql(
      api.gateway,
      'query($n: Int!) { products(first: $n) { nodes { variants(first: $n) { nodes { id } } } } }',
      { n: 250 },
    );
    expect(dump.status).toBeLessThan(500);
    expect(dump.data ?? null).toBeNull();
    expect(dump.errors?.[0]?.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED' });
    expect(statementCount() - before).toBe(0);
    const page = await graphql(
      api.gateway,
      'query($n: Int!) { products(first: $n) { nodes { variants(first: $n) { nodes { id } } } } }',
      { n: 20 },
    );
    expect(page.errors).toBeUndefined();
  });

  it('rejects a document of about 4,000 tokens', async () => {
    const fields = Array.from({ length: 2_000 }, () => 'name description').join(' ');
    await expectRejected(
      `query Big($id: ID!) { shop { ${fields} } node(id: $id) { id } }`,
      /token/i,
      'MAX_TOKENS_EXCEEDED',
    );
  });
});

describe('request ids', () => {
  it('echoes a well-formed client request id and replaces a malformed one', async () => {
    const kept = await graphql(api.gateway, '{ shop { name } }', {}, { 'x-request-id': 'storefront-req-0001' });
    expect(kept.headers.get('x-request-id')).toBe('storefront-req-0001');
    const replaced = await graphql(api.gateway, '{ shop { name } }', {}, { 'x-request-id': 'bad id <script>' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[\w.-]{8,128}$/);
    const generated = await graphql(api.gateway, '{ shop { name } }');
    expect(generated.headers.get('x-request-id')).toMatch(/^[\w.-]{8,128}$/);
    expect(generated.headers.get('x-request-id')).not.toBe(replaced.headers.get('x-request-id'));
  });
});

describe('masked errors', () => {
  // A stack of its own to break: first its inventory subgraph stops, then its database pool closes.
  let broken: Stack;
  const drained = new Set<string>();
  const drain = async (name: string) => {
    if (drained.has(name)) return;
    drained.add(name);
    await broken.services.find((service) => service.name === name)!.drain();
  };

  beforeAll(async () => {
    broken = await startTestStack();
  });
  afterAll(async () => {
    for (const name of ['gateway', 'inventory', 'catalog']) await drain(name);
    await broken.database.close();
  });

  function expectMasked(response: Awaited<ReturnType<typeof graphql>>, requestId?: string) {
    expect(response.status).toBeLessThan(500);
    const header = response.headers.get('x-request-id');
    expect(header).toMatch(/^[\w.-]{8,128}$/);
    if (requestId) expect(header).toBe(requestId);
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors!) {
      expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: header });
      expect(JSON.stringify(error)).not.toMatch(
        /select |catalog\.|inventory\.|postgres|ECONN|\n\s+at |\.ts:\d+|127\.0\.0\.1/i,
      );
    }
  }

  it('says an unreachable subgraph is unavailable (a code to retry on), with nothing of its internals', async () => {
    const url = `${broken.url('gateway')}/graphql`;
    const stock = '{ product(id: "gid://shop/Product/1") { title availableForSale } }';
    expect((await graphql(url, stock)).errors).toBeUndefined();
    await drain('inventory');
    for (const headers of [{}, { 'x-request-id': 'client-chosen-id-43' }] as Record<string, string>[]) {
      const response = await graphql(url, stock, {}, headers);
      expect(response.status).toBeLessThan(500);
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors!) {
        expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
        expect(JSON.stringify(error)).not.toMatch(/ECONN|\n\s+at |\.ts:\d+|127\.0\.0\.1/i);
      }
    }
  });

  it('hides a failed statement behind INTERNAL_SERVER_ERROR with the request id', async () => {
    await broken.database.close();
    const url = `${broken.url('gateway')}/graphql`;
    expectMasked(await graphql(url, '{ product(handle: "anything") { id title } }'));
    expectMasked(
      await graphql(url, '{ search(query: "boots") { totalCount } }', {}, { 'x-request-id': 'client-chosen-id-42' }),
      'client-chosen-id-42',
    );
    expectMasked(await graphql(url, '{ collection(handle: "sale") { products(first: 3) { nodes { id } } } }'));
  });
});

describe('HTTP surface', () => {
  it('serves GraphiQL to a browser in development, with no scripts from a CDN', async () => {
    const response = await fetch(api.gateway, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
  });

  it('answers /healthz and /readyz on every service, and /metrics only on the admin port', async () => {
    for (const name of ['gateway', 'catalog', 'inventory'] as const) {
      const base = api.stack.url(name);
      for (const path of ['/healthz', '/readyz']) {
        expect((await fetch(`${base}${path}`)).status, `${name}${path}`).toBe(200);
      }
      expect((await fetch(`${base}/metrics`)).status, `${name}/metrics`).toBe(404);
    }
    const admin = await startAdminServer({ port: 0, host: '127.0.0.1' });
    try {
      const metrics = await fetch(`${admin.url}/metrics`);
      expect(metrics.status).toBe(200);
      const text = await metrics.text();
      expect(text).toContain('sql_statements_total');
      expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*service="gateway"/);
    } finally {
      await admin.close();
    }
  });

  it.each([
    ['not JSON', 'not json{'],
    ['empty', ''],
    ['a JSON string', '"{ shop { name } }"'],
    ['a query that is not a string', '{"query": 5}'],
    ['variables that are not an object', '{"query": "{ shop { name } }", "variables": "x"}'],
  ])('answers a body that is %s with a 4xx', async (_name, body) => {
    for (const url of [api.gateway, `${api.stack.url('catalog')}/graphql`]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      expect(response.status, `${url} ${body}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${url} ${body}`).toBeLessThan(500);
      expect(await response.text()).not.toMatch(/\n\s+at /);
    }
  });
});
