import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadEnv } from '../env.js';
import { startStack, type Stack } from '../stack.js';
import { graphql, useTestStack } from '../test/stack.js';
import { LIMITS } from './limits.js';

// The API as deployed: a production configuration with nothing but its required settings, so
// every other value is the default a deploy gets. Nothing about the schema or the limits may
// leak to an anonymous client, and every answer carries the gateway's security headers.

let stack: Stack;
let gateway: string;

beforeAll(async () => {
  const env = loadEnv({
    NODE_ENV: 'production',
    DATABASE_URL: inject('databaseUrl'),
    STOREFRONT_URL: 'https://shop.example.com',
    GATEWAY_SECRET: randomBytes(32).toString('base64url'),
    FIRST_PARTY_SECRET: randomBytes(32).toString('base64url'),
    REDIS_URL: inject('redisUrl') ?? 'redis://127.0.0.1:6379/9',
    CORS_ORIGINS: 'https://shop.example.com',
    SMTP_URL: 'smtp://127.0.0.1:1025',
    // Every service but the worker, which would take the other test files' jobs from the shared database.
    SERVICES: loadEnv({})
      .SERVICES.split(',')
      .filter((name) => name !== 'worker')
      .join(','),
    GATEWAY_PORT: '0',
    CATALOG_PORT: '0',
    INVENTORY_PORT: '0',
    CUSTOMERS_PORT: '0',
    DB_POOL_SIZE: '4',
    LOG_LEVEL: 'error',
    // The suite's other stacks count 127.0.0.1 in the same Redis; budgets are tested in rate-limits/.
    RATE_LIMIT_REQUESTS: '1000000',
    RATE_LIMIT_COST: '1000000000',
  });
  stack = await startStack(env, inject('databaseUrl'));
  gateway = `${stack.url('gateway')}/graphql`;
});
afterAll(async () => {
  await stack?.stop();
});

const messages = (response: { errors?: Array<{ message: string }> }) =>
  response.errors?.map((error) => error.message).join('\n') ?? '';

describe('bad bodies in production', () => {
  it.each([
    ['not JSON', '{bad'],
    ['a query that is not a string', '{"query": 5}'],
  ])('answer %s with a 4xx that echoes nothing', async (_name, body) => {
    const response = await fetch(gateway, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    expect(text).not.toMatch(/originalError|stack|\{bad|JSON at position|Unexpected token/);
  });
});

describe('the schema stays private in production', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Product") { fields { name } } }'],
  ])('refuses introspection through %s', async (_name, query) => {
    const response = await graphql(gateway, query);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(response)).not.toMatch(/variants|availableForSale/);
  });

  it.each<[string, string, RegExp, Record<string, unknown>?]>([
    ['field', '{ shop { nam } }', /"name"/],
    ['type', '{ node(id: "x") { ... on Prodct { id } } }', /"Product"/],
    ['argument', '{ products(frist: 2) { nodes { id } } }', /"first"/],
    ['enum value', '{ products(first: 2, sortKey: PRICEE) { nodes { id } } }', /"PRICE"/],
    [
      'enum value in a variable',
      'query($by: ProductSortKeys) { products(first: 2, sortKey: $by) { nodes { id } } }',
      /"PRICE"/,
      { by: 'PRICEE' },
    ],
    [
      'input field in a variable',
      'query($f: [ProductFilter!]) { products(first: 2, filters: $f) { nodes { id } } }',
      /"available"/,
      { f: [{ availabl: true }] },
    ],
  ])('suggests no name for a misspelt %s', async (_kind, query, leaked, variables) => {
    const response = await graphql(gateway, query, variables);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(messages(response)).not.toMatch(/did you mean/i);
    expect(messages(response)).not.toMatch(leaked);
  });
});

describe('limits are refused without telling how far to go', () => {
  it.each([
    [
      'MAX_DEPTH_EXCEEDED',
      '{ product(handle: "x") { variants { nodes { product { collections { nodes { products { nodes { variants { nodes { product { variants { nodes { id } } } } } } } } } } } } } }',
    ],
    [
      'MAX_ALIASES_EXCEEDED',
      `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: shop { name }`).join(' ')} }`,
    ],
    ['MAX_TOKENS_EXCEEDED', `{ shop { ${Array.from({ length: 2_000 }, () => 'name description').join(' ')} } }`],
  ])('%s carries its code and no number', async (code, query) => {
    const response = await graphql(gateway, query);
    expect(response.errors?.map((error) => error.extensions?.code)).toContain(code);
    expect(messages(response)).not.toMatch(/\d/);
    expect(JSON.stringify(response.errors)).not.toMatch(new RegExp(`\\b(${Object.values(LIMITS).join('|')})\\b`));
  });
});

describe('exact stock is opt-in', () => {
  it('answers availableForSale but a null quantityAvailable by default', async () => {
    const response = await graphql<{
      products: {
        nodes: Array<{ variants: { nodes: Array<{ availableForSale: boolean; quantityAvailable: number | null }> } }>;
      };
    }>(
      gateway,
      '{ products(first: 10) { nodes { variants(first: 5) { nodes { availableForSale quantityAvailable } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const variants = response.data!.products.nodes.flatMap((product) => product.variants.nodes);
    expect(variants.some((variant) => variant.availableForSale)).toBe(true);
    expect(variants.map((variant) => variant.quantityAvailable)).toEqual(variants.map(() => null));
  });
});

describe('security headers', () => {
  it('sends them, HSTS and no-store on a production POST', async () => {
    const response = await graphql(gateway, '{ shop { name } }');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.status).toBe(200);
  });

  it('sends them on refused requests too', async () => {
    const response = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'not json{',
    });
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('in development', () => {
  const dev = useTestStack({ NODE_ENV: 'development' });

  it('serves GraphiQL under the headers, with its own scripts allowed, and no HSTS on plain HTTP', async () => {
    const response = await fetch(dev.gateway, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    // GraphiQL runs inline scripts and styles from this origin: no policy may block them.
    expect(csp).not.toMatch(/default-src|script-src|style-src/);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('still suggests field names and answers introspection', async () => {
    expect(messages(await graphql(dev.gateway, '{ shop { nam } }'))).toMatch(/did you mean "name"/i);
    expect((await graphql(dev.gateway, '{ __type(name: "Shop") { name } }')).errors).toBeUndefined();
  });
});
