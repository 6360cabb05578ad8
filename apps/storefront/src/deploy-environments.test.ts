import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStorefrontEnv } from './env';

// deploy/environments/<env>/storefront.env and the secrets secrets.txt names for the storefront
// (strong dummies) must start the storefront; the test shops' values must not pass as production.
const environments = new URL('../../../deploy/environments/', import.meta.url);

function readEnvFile(environment: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(new URL(`${environment}/storefront.env`, environments), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

function storefrontSecrets(environment: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(new URL(`${environment}/secrets.txt`, environments), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/))
      .filter((words) => words.slice(2).includes('storefront') && !words.includes('optional'))
      .map(([name]) => [name!, randomBytes(32).toString('base64url')]),
  );
}

describe.each(['dev', 'staging', 'production'])('deploy/environments/%s', (environment) => {
  it('starts the storefront with its values and the secrets the platform provides', () => {
    const settings = { ...readEnvFile(environment), ...storefrontSecrets(environment) };
    expect(parseStorefrontEnv(settings).DEPLOY_ENV).toBe(environment);
  });

  it('refuses it without those secrets', () => {
    const secrets = Object.keys(storefrontSecrets(environment));
    expect(secrets.length).toBeGreaterThan(0);
    expect(() => parseStorefrontEnv(readEnvFile(environment))).toThrow(new RegExp(secrets.join('|')));
  });
});

it.each(['dev', 'staging'])('refuses %s’s storefront values where DEPLOY_ENV is production', (environment) => {
  const settings = { ...readEnvFile(environment), ...storefrontSecrets(environment), DEPLOY_ENV: 'production' };
  expect(() => parseStorefrontEnv(settings)).toThrow(/CHECKOUT_PAYMENT_PROVIDER/);
});
