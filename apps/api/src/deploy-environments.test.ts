import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadEnv } from './env.js';
import { SERVICE_NAMES, type ServiceName } from './service-settings.js';
import { paymentConfigFromEnv } from './subgraphs/checkout/index.js';

// deploy/environments/<env> against this schema: each API Deployment's settings (the
// environment's api.env, the Deployment's own plain values, and the secrets secrets.txt names for
// it, as strong dummies) must start its service; the dev and staging values must not pass as production.
const deployDir = new URL('../../../deploy/', import.meta.url);
const ENVIRONMENTS = ['dev', 'staging', 'production'] as const;

/** KEY=VALUE lines, as kustomize's configMapGenerator reads them. */
function readEnvFile(path: string): Record<string, string> {
  const lines = readFileSync(new URL(path, deployDir), 'utf8').split('\n');
  return Object.fromEntries(
    lines
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/** The secrets secrets.txt names for a service; with `all`, the optional ones too. */
function secretsFor(environment: string, service: string, all = false): Record<string, string> {
  const lines = readFileSync(new URL(`environments/${environment}/secrets.txt`, deployDir), 'utf8').split('\n');
  const dummies: Record<string, string> = {
    DATABASE_URL: 'postgres://commerce@db.internal:5432/commerce',
    REDIS_URL: 'redis://redis.internal:6379',
    SMTP_URL: 'smtps://mailer@smtp.internal:465',
  };
  return Object.fromEntries(
    lines
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/))
      .filter((words) => words.slice(2).includes(service) && (all || !words.includes('optional')))
      .map(([name]) => [name!, dummies[name!] ?? randomBytes(32).toString('base64url')]),
  );
}

/** The plain `value`s of a Deployment's container (SERVICES, its port). */
function deploymentValues(service: ServiceName): Record<string, string> {
  const documents = parseAllDocuments(readFileSync(new URL(`k8s/base/${service}.yaml`, deployDir), 'utf8'));
  const deployment = documents.map((d) => d.toJS()).find((o) => o?.kind === 'Deployment');
  const env = deployment.spec.template.spec.containers[0].env as { name: string; value?: string }[];
  return Object.fromEntries(env.filter((v) => v.value !== undefined).map((v) => [v.name, v.value!]));
}

function settingsOf(environment: string, service: ServiceName, overrides: Record<string, string> = {}) {
  return {
    ...readEnvFile(`environments/${environment}/api.env`),
    ...deploymentValues(service),
    ...secretsFor(environment, service),
    ...overrides,
  };
}

function problemsOf(source: Record<string, string>): string {
  try {
    const env = loadEnv(source);
    if (env.SERVICES === 'checkout' || env.SERVICES === 'worker') paymentConfigFromEnv(env);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe.each(ENVIRONMENTS)('deploy/environments/%s', (environment) => {
  it.each(SERVICE_NAMES)('starts %s with its values and the secrets the platform provides', (service) => {
    expect(problemsOf(settingsOf(environment, service))).toBe('');
    expect(loadEnv(settingsOf(environment, service)).DEPLOY_ENV).toBe(environment);
  });

  it('refuses each service without its secrets, naming them', () => {
    for (const service of SERVICE_NAMES) {
      const secrets = Object.keys(secretsFor(environment, service));
      const withoutSecrets = Object.fromEntries(
        Object.entries(settingsOf(environment, service)).filter(([name]) => !secrets.includes(name)),
      );
      const problems = problemsOf(withoutSecrets);
      for (const name of secrets) expect(problems, `${service} without ${name}`).toContain(name);
    }
  });
});

describe('the test shops’ values as production', () => {
  it.each(['dev', 'staging'])('refuses %s’s values where DEPLOY_ENV is production', (environment) => {
    for (const service of ['checkout', 'worker'] as const)
      expect(problemsOf(settingsOf(environment, service, { DEPLOY_ENV: 'production' }))).toMatch(
        /PAYMENT_ALLOW_TEST_PROVIDER: the test payment provider is for dev and staging/,
      );
  });
});
