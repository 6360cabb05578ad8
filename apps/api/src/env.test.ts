import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';
import { productionEnv } from './test/production-env.js';

const production = productionEnv;

function problemsOf(source: Record<string, string | undefined>): string {
  try {
    loadEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('loadEnv in development (no settings)', () => {
  it('seeds the demo catalog but creates no staff account and hides exact stock', () => {
    const env = loadEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.SEED_DEMO_CATALOG).toBe(true);
    expect(env.DEV_STAFF).toBe(false);
    expect(env.SHOW_EXACT_STOCK).toBe(false);
  });

  it('creates the staff account only when asked (npm start asks)', () => {
    expect(loadEnv({ DEV_STAFF: 'on' }).DEV_STAFF).toBe(true);
  });
});

describe('API_PROCESSES', () => {
  it('is one process unless told, in development and in production', () => {
    expect(loadEnv({}).API_PROCESSES).toBe(1);
    expect(loadEnv(production()).API_PROCESSES).toBe(1);
  });

  it('takes a count, or auto for one per core', () => {
    expect(loadEnv({ API_PROCESSES: '2' }).API_PROCESSES).toBe(2);
    expect(loadEnv({ API_PROCESSES: 'auto' }).API_PROCESSES).toBe(availableParallelism());
  });

  it('refuses what is not a count of processes', () => {
    for (const value of ['0', '1.5', 'many', '65'])
      expect(problemsOf({ API_PROCESSES: value })).toMatch(/API_PROCESSES/);
  });
});

describe('loadEnv in production', () => {
  it('accepts a complete configuration, with every development extra off', () => {
    const env = loadEnv(production());
    expect(env.SEED_DEMO_CATALOG).toBe(false);
    expect(env.DEV_STAFF).toBe(false);
    expect(env.SHOW_EXACT_STOCK).toBe(false);
    expect(
      loadEnv(
        production({
          REDIS_URL: undefined,
          UPSTASH_REDIS_REST_URL: 'https://eu1.upstash.io',
          UPSTASH_REDIS_REST_TOKEN: 'AXXX',
        }),
      ).NODE_ENV,
    ).toBe('production');
  });

  it('needs no SMTP server where no worker runs', () => {
    expect(loadEnv(production({ SMTP_URL: undefined, SERVICES: 'catalog,inventory' })).SERVICES).toBe(
      'catalog,inventory',
    );
  });

  it('lists every missing secret, the missing Redis and the development origins at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toMatch(/GATEWAY_SECRET/);
    expect(problems).toMatch(/FIRST_PARTY_SECRET/);
    expect(problems).toMatch(/REDIS_URL/);
    expect(problems).toMatch(/CORS_ORIGINS/);
  });

  it('lists a malformed setting together with the production problems', () => {
    const problems = problemsOf({ NODE_ENV: 'production', GATEWAY_SECRET: 'short', DB_POOL_SIZE: 'many' });
    expect(problems).toMatch(/GATEWAY_SECRET/);
    expect(problems).toMatch(/DB_POOL_SIZE/);
    expect(problems).toMatch(/FIRST_PARTY_SECRET/);
    expect(problems).toMatch(/REDIS_URL/);
  });

  it.each([
    ['a placeholder gateway secret', { GATEWAY_SECRET: 'change-me-change-me-change-me-change-me' }, /GATEWAY_SECRET/],
    ['a low-entropy gateway secret', { GATEWAY_SECRET: 'a'.repeat(40) }, /GATEWAY_SECRET/],
    [
      'a placeholder first-party secret',
      { FIRST_PARTY_SECRET: 'replace-with-a-long-random-example-value' },
      /FIRST_PARTY_SECRET/,
    ],
    [
      'one secret used for both',
      {
        GATEWAY_SECRET: 'Vb3q9LrT0xWmZk2NcY7pHs4JdQ8fEa1uGi6oKt5R',
        FIRST_PARTY_SECRET: 'Vb3q9LrT0xWmZk2NcY7pHs4JdQ8fEa1uGi6oKt5R',
      },
      /FIRST_PARTY_SECRET/,
    ],
    ['the development staff account', { DEV_STAFF: 'on' }, /DEV_STAFF/],
    ['the demo catalog seed', { SEED_DEMO_CATALOG: 'on' }, /SEED_DEMO_CATALOG/],
    ['no SMTP server where the worker runs (the default services)', { SMTP_URL: undefined }, /SMTP_URL/],
    ['no SMTP server for a worker deployed alone', { SMTP_URL: undefined, SERVICES: 'worker' }, /SMTP_URL/],
    [
      'no storefront to revalidate where the worker runs',
      { STOREFRONT_REVALIDATE_URL: undefined, SERVICES: 'worker' },
      /STOREFRONT_REVALIDATE_URL/,
    ],
    ['no revalidation secret where the worker runs', { REVALIDATE_SECRET: undefined }, /REVALIDATE_SECRET/],
    ['a localhost CORS origin', { CORS_ORIGINS: 'https://shop.example.com,http://localhost:3000' }, /CORS_ORIGINS/],
    ['a loopback CORS origin', { CORS_ORIGINS: 'http://127.0.0.1:3000' }, /CORS_ORIGINS/],
    [
      'an Upstash URL without its token',
      { REDIS_URL: undefined, UPSTASH_REDIS_REST_URL: 'https://eu1.upstash.io' },
      /UPSTASH_REDIS_REST_TOKEN/,
    ],
  ])('refuses %s', (_name, overrides, problem) => {
    expect(problemsOf(production(overrides))).toMatch(problem);
  });
});
