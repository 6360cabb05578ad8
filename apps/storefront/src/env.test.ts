import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseStorefrontEnv } from './env';

const secret = () => randomBytes(32).toString('base64url');

/** A storefront as deployed: its values (deploy/environments/<env>/storefront.env) and secrets. */
const deployed = (overrides: Record<string, string | undefined> = {}) => ({
  NODE_ENV: 'production',
  DEPLOY_ENV: 'production',
  GRAPHQL_URL: 'http://gateway:4000/graphql',
  STOREFRONT_URL: 'https://shop.example.net',
  CHECKOUT_PAYMENT_PROVIDER: 'none',
  FIRST_PARTY_SECRET: secret(),
  REVALIDATE_SECRET: secret(),
  ...overrides,
});

function problemsOf(source: Record<string, string | undefined>): string {
  try {
    parseStorefrontEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('parseStorefrontEnv', () => {
  it('accepts a deployed storefront with its values and secrets', () => {
    expect(parseStorefrontEnv(deployed()).DEPLOY_ENV).toBe('production');
  });

  it('runs one machine (npm start, e2e) on localhost with the test payment form when it says local', () => {
    const local = { NODE_ENV: 'production', DEPLOY_ENV: 'local', FIRST_PARTY_SECRET: secret() };
    expect(parseStorefrontEnv(local).CHECKOUT_PAYMENT_PROVIDER).toBe('test');
  });

  it('lists every development default at once where NODE_ENV=production names no deployment', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const name of [
      'FIRST_PARTY_SECRET',
      'GRAPHQL_URL',
      'STOREFRONT_URL',
      'REVALIDATE_SECRET',
      'CHECKOUT_PAYMENT_PROVIDER',
    ])
      expect(problems).toMatch(new RegExp(`^  ${name}:`, 'm'));
  });

  it.each([
    ['a localhost shop', { STOREFRONT_URL: 'http://localhost:3000' }, /STOREFRONT_URL: names localhost/],
    ['the test payment form', { CHECKOUT_PAYMENT_PROVIDER: 'test' }, /CHECKOUT_PAYMENT_PROVIDER/],
    ['an edge purge without its secret', { EDGE_PURGE_URL: 'http://varnish:80/' }, /EDGE_PURGE_SECRET/],
    ['a deployment in development mode', { NODE_ENV: 'development' }, /NODE_ENV: must be production/],
    [
      'a placeholder first-party secret',
      { FIRST_PARTY_SECRET: 'replace-with-a-long-random-example-value' },
      /FIRST_PARTY_SECRET: looks like a placeholder/,
    ],
    [
      'a typed revalidation secret',
      { REVALIDATE_SECRET: 'a'.repeat(40) },
      /REVALIDATE_SECRET: looks like a placeholder/,
    ],
  ])('refuses %s', (_name, overrides, problem) => {
    expect(problemsOf(deployed(overrides))).toMatch(problem);
  });

  it('lets a test shop (dev, staging) offer the test payment form', () => {
    expect(parseStorefrontEnv(deployed({ DEPLOY_ENV: 'staging', CHECKOUT_PAYMENT_PROVIDER: 'test' })).DEPLOY_ENV).toBe(
      'staging',
    );
  });

  it('checks no secret while next build evaluates pages', () => {
    expect(parseStorefrontEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).NODE_ENV).toBe(
      'production',
    );
  });
});
