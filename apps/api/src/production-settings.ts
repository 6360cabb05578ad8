// What production must set and must not inherit from development. Checked on the raw settings
// (not the parsed ones) so that a malformed value elsewhere still lets every problem be listed.
import type { ConfigProblem } from './platform/config-problems.js';

type Source = Record<string, string | undefined>;

export type SettingProblem = ConfigProblem;

const truthy = (value: string | undefined) => value !== undefined && ['on', 'true', '1'].includes(value);

// Words that only a copied example or a placeholder contains; long enough never to turn up in a
// random base64url secret by chance.
const PLACEHOLDER = /change-?me|placeholder|example|replace|secret|password|insecure|development|localhost/i;
// A random 32-character secret has about 25 distinct characters; a typed one ("aaaa…", "1234…") has few.
const MIN_DISTINCT_CHARACTERS = 12;

function checkSecret(name: string, value: string | undefined): SettingProblem | null {
  if (!value) return { name, message: 'is required in production (32+ random characters)' };
  if (PLACEHOLDER.test(value) || new Set(value).size < MIN_DISTINCT_CHARACTERS) {
    return { name, message: 'looks like a placeholder: use 32+ random characters (e.g. openssl rand -base64 32)' };
  }
  return null;
}

function isLoopback(origin: string): boolean {
  try {
    const host = new URL(origin).hostname;
    return (
      host === 'localhost' ||
      host.endsWith('.localhost') ||
      host.startsWith('127.') ||
      host === '[::1]' ||
      host === '0.0.0.0'
    );
  } catch {
    return false; // a malformed origin matches no browser; not a development default
  }
}

export function productionProblems(source: Source): SettingProblem[] {
  const problems = [
    checkSecret('GATEWAY_SECRET', source.GATEWAY_SECRET),
    checkSecret('FIRST_PARTY_SECRET', source.FIRST_PARTY_SECRET),
  ].filter((problem): problem is SettingProblem => problem !== null);
  if (source.FIRST_PARTY_SECRET && source.FIRST_PARTY_SECRET === source.GATEWAY_SECRET) {
    problems.push({ name: 'FIRST_PARTY_SECRET', message: 'must differ from GATEWAY_SECRET (the storefront holds it)' });
  }
  // Several instances must share rate limits, sign-in counters and identities: never the in-memory store.
  const upstash = Boolean(source.UPSTASH_REDIS_REST_URL) || Boolean(source.UPSTASH_REDIS_REST_TOKEN);
  if (upstash) {
    if (!source.UPSTASH_REDIS_REST_URL)
      problems.push({ name: 'UPSTASH_REDIS_REST_URL', message: 'is required with UPSTASH_REDIS_REST_TOKEN' });
    if (!source.UPSTASH_REDIS_REST_TOKEN)
      problems.push({ name: 'UPSTASH_REDIS_REST_TOKEN', message: 'is required with UPSTASH_REDIS_REST_URL' });
  } else if (!source.REDIS_URL) {
    problems.push({
      name: 'REDIS_URL',
      message: 'production needs a shared Redis: set REDIS_URL, or UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN',
    });
  }
  if (truthy(source.DEV_STAFF))
    problems.push({ name: 'DEV_STAFF', message: 'the development staff account is refused in production' });
  if (truthy(source.SEED_DEMO_CATALOG))
    problems.push({ name: 'SEED_DEMO_CATALOG', message: 'the demo catalog is refused in production' });
  // The test provider "charges" any tok_approve… token for nothing: a real shop must not take it by accident.
  const paymentInstances = (source.PAYMENT_PROVIDERS ?? '').split(',').map((name) => name.trim());
  if (paymentInstances.includes('test') && !truthy(source.PAYMENT_ALLOW_TEST_PROVIDER)) {
    problems.push({
      name: 'PAYMENT_PROVIDERS',
      message:
        'lists the test provider (it approves any tok_approve… token), refused in production unless PAYMENT_ALLOW_TEST_PROVIDER=on',
    });
  }
  if (!source.CORS_ORIGINS) {
    problems.push({
      name: 'CORS_ORIGINS',
      message: 'is required in production (the default is the development storefront on localhost)',
    });
  } else if (source.CORS_ORIGINS.split(',').some((origin) => isLoopback(origin.trim()))) {
    problems.push({ name: 'CORS_ORIGINS', message: 'names a localhost origin, refused in production' });
  }
  // The worker sends the order confirmations: the development default is a local catcher that delivers nowhere.
  const services = source.SERVICES ?? 'worker';
  if (services.split(',').some((name) => name.trim() === 'worker') && !source.SMTP_URL) {
    problems.push({
      name: 'SMTP_URL',
      message: 'is required in production where the worker runs (it sends the order emails)',
    });
  }
  // Without them a change never leaves the outbox: pages and the edge would show old prices.
  if (services.split(',').some((name) => name.trim() === 'worker')) {
    for (const name of ['STOREFRONT_REVALIDATE_URL', 'REVALIDATE_SECRET'] as const) {
      if (!source[name])
        problems.push({
          name,
          message: 'is required in production where the worker runs (it sends cache invalidations to the storefront)',
        });
    }
  }
  return problems;
}
