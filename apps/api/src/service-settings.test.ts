import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';
import { SERVICE_NAMES, SERVICE_NEEDS, type Need } from './service-settings.js';

const secret = () => randomBytes(32).toString('base64url');

// The settings that satisfy each need, as a deployment would give them.
const SETTINGS_OF: Record<Need, () => Record<string, string>> = {
  database: () => ({ DATABASE_URL: 'postgres://commerce@db.internal:5432/commerce' }),
  'gateway-secret': () => ({ GATEWAY_SECRET: secret() }),
  'first-party-secret': () => ({ FIRST_PARTY_SECRET: secret() }),
  redis: () => ({ REDIS_URL: 'redis://redis.internal:6379' }),
  cors: () => ({ CORS_ORIGINS: 'https://shop.example.net' }),
  'subgraph-urls': () => ({
    CATALOG_URL: 'http://catalog:4001',
    INVENTORY_URL: 'http://inventory:4002',
    CUSTOMERS_URL: 'http://customers:4003',
    CART_URL: 'http://cart:4004',
    CHECKOUT_URL: 'http://checkout:4005',
    CONTENT_URL: 'http://content:4007',
  }),
  'storefront-url': () => ({ STOREFRONT_URL: 'https://shop.example.net' }),
  mail: () => ({ SMTP_URL: 'smtps://mailer@smtp.example.net:465' }),
  revalidation: () => ({
    STOREFRONT_REVALIDATE_URL: 'http://storefront:3000/api/revalidate',
    REVALIDATE_SECRET: secret(),
  }),
  payments: () => ({ PAYMENT_PROVIDERS: 'stripe', STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' }),
};

function productionFor(service: string, needs: readonly Need[]): Record<string, string> {
  return Object.assign({ NODE_ENV: 'production', SERVICES: service }, ...needs.map((need) => SETTINGS_OF[need]()));
}

function problemsOf(source: Record<string, string | undefined>): string {
  try {
    loadEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe.each(SERVICE_NAMES)('the %s service in production', (service) => {
  const needs = SERVICE_NEEDS[service];

  it('starts with what it needs and nothing that only other services read', () => {
    expect(loadEnv(productionFor(service, needs)).SERVICES).toBe(service);
  });

  it('lists every setting it needs at once when none is set', () => {
    const problems = problemsOf({ NODE_ENV: 'production', SERVICES: service });
    const required = needs.filter((need) => need !== 'payments').flatMap((need) => Object.keys(SETTINGS_OF[need]()));
    for (const name of required) expect(problems).toMatch(new RegExp(`^  ${name}:`, 'm'));
    // And nothing it does not need.
    const others = (Object.keys(SETTINGS_OF) as Need[])
      .filter((need) => !needs.includes(need) && need !== 'payments')
      .flatMap((need) => Object.keys(SETTINGS_OF[need]()));
    for (const name of others) expect(problems).not.toMatch(new RegExp(`^  ${name}:`, 'm'));
  });
});

describe('services and their settings', () => {
  it('refuses a misspelt service instead of running nothing', () => {
    expect(problemsOf({ SERVICES: 'catalgo' })).toMatch(/SERVICES: names no service: catalgo/);
  });

  it('lists every subgraph address a gateway running alone lacks, at once', () => {
    const development = problemsOf({ SERVICES: 'gateway' });
    for (const name of ['CATALOG_URL', 'INVENTORY_URL', 'CUSTOMERS_URL']) expect(development).toContain(name);
    // Development may leave cart, checkout and content out; production serves the whole contract.
    expect(development).not.toContain('CART_URL');
    const production = problemsOf(productionFor('gateway', ['gateway-secret', 'first-party-secret', 'redis', 'cors']));
    for (const name of ['CATALOG_URL', 'INVENTORY_URL', 'CUSTOMERS_URL', 'CART_URL', 'CHECKOUT_URL', 'CONTENT_URL'])
      expect(production).toContain(name);
  });

  it('needs no Redis for a worker when the response cache is off', () => {
    const worker = productionFor(
      'worker',
      SERVICE_NEEDS.worker.filter((need) => need !== 'redis'),
    );
    expect(problemsOf(worker)).toMatch(/REDIS_URL/);
    expect(loadEnv({ ...worker, RESPONSE_CACHE: 'off' }).SERVICES).toBe('worker');
  });
});

describe('production refuses development defaults', () => {
  const catalog = () => productionFor('catalog', SERVICE_NEEDS.catalog);
  const worker = () => productionFor('worker', SERVICE_NEEDS.worker);

  it.each([
    ['the embedded PostgreSQL (no DATABASE_URL)', catalog, { DATABASE_URL: undefined }, /DATABASE_URL: is required/],
    ['the localhost storefront', catalog, { STOREFRONT_URL: 'http://localhost:3000' }, /STOREFRONT_URL/],
    ['the local mail catcher', worker, { SMTP_URL: 'smtp://127.0.0.1:1025' }, /SMTP_URL/],
    [
      'a placeholder revalidation secret',
      worker,
      { REVALIDATE_SECRET: 'replace-me-with-a-long-random-value-x' },
      /REVALIDATE_SECRET/,
    ],
    ['the in-memory Redis', worker, { REDIS_URL: undefined }, /REDIS_URL/],
    ['the demo catalog', catalog, { SEED_DEMO_CATALOG: 'on' }, /SEED_DEMO_CATALOG/],
    ['the development staff account', catalog, { DEV_STAFF: 'on' }, /DEV_STAFF/],
  ])('refuses %s', (_name, base, overrides, problem) => {
    expect(problemsOf({ ...base(), ...overrides })).toMatch(problem);
  });
});

describe('DEPLOY_ENV', () => {
  it('is production when NODE_ENV=production names none, local otherwise', () => {
    expect(loadEnv(productionFor('inventory', SERVICE_NEEDS.inventory)).DEPLOY_ENV).toBe('production');
    expect(loadEnv({}).DEPLOY_ENV).toBe('local');
  });

  it('runs a deployed environment as production only', () => {
    expect(problemsOf({ DEPLOY_ENV: 'staging' })).toMatch(/NODE_ENV: must be production where DEPLOY_ENV is staging/);
    expect(loadEnv({ ...productionFor('inventory', SERVICE_NEEDS.inventory), DEPLOY_ENV: 'dev' }).DEPLOY_ENV).toBe(
      'dev',
    );
  });
});
