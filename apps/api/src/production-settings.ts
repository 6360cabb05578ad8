// What production must set and must not inherit from development. Checked on the raw settings
// (not the parsed ones) so that a malformed value elsewhere still lets every problem be listed.
import { weakSecretReason } from '@commerce/trust/secret-strength';
import type { ConfigProblem } from './platform/config-problems.js';
import { needsOf, SERVICE_NEEDS, servicesOf } from './service-settings.js';

type Source = Record<string, string | undefined>;

export type SettingProblem = ConfigProblem;

const truthy = (value: string | undefined) => value !== undefined && ['on', 'true', '1'].includes(value);

function checkSecret(name: string, value: string | undefined): SettingProblem | null {
  if (!value) return { name, message: 'is required in production (32+ random characters)' };
  const weak = weakSecretReason(value);
  return weak ? { name, message: weak } : null;
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

const problem = (name: string, message: string): SettingProblem => ({ name, message });

// An address on the machine itself: a development default wherever production expects a host.
function isLoopbackUrl(value: string | undefined): boolean {
  return value !== undefined && isLoopback(value);
}

/**
 * The deployed environment's name (DEPLOY_ENV): dev and staging are test shops, production is
 * the shop. Under NODE_ENV=production an unnamed one is production, so forgetting it is strict.
 */
export function deployEnvironmentOf(source: Source): string {
  return source.DEPLOY_ENV ?? (source.NODE_ENV === 'production' ? 'production' : 'local');
}

/** Problems of a production process (NODE_ENV=production), for the services it runs only. */
export function productionProblems(source: Source): SettingProblem[] {
  const needs = needsOf(source);
  const problems: SettingProblem[] = [];
  if (needs.has('database') && !source.DATABASE_URL)
    problems.push(problem('DATABASE_URL', 'is required in production (without it an embedded PostgreSQL would start)'));
  if (needs.has('gateway-secret'))
    problems.push(...[checkSecret('GATEWAY_SECRET', source.GATEWAY_SECRET)].filter(isProblem));
  if (needs.has('first-party-secret')) {
    problems.push(...[checkSecret('FIRST_PARTY_SECRET', source.FIRST_PARTY_SECRET)].filter(isProblem));
    if (source.FIRST_PARTY_SECRET && source.FIRST_PARTY_SECRET === source.GATEWAY_SECRET)
      problems.push(problem('FIRST_PARTY_SECRET', 'must differ from GATEWAY_SECRET (the storefront holds it)'));
  }
  // Several instances must share rate limits, sign-in counters and identities: never the in-memory store.
  if (needsSharedRedis(source)) problems.push(...redisProblems(source));
  if (truthy(source.DEV_STAFF))
    problems.push(problem('DEV_STAFF', 'the development staff account is refused in production'));
  if (truthy(source.SEED_DEMO_CATALOG))
    problems.push(problem('SEED_DEMO_CATALOG', 'the demo catalog is refused in production'));
  if (needs.has('payments')) problems.push(...paymentProblems(source));
  if (servicesOf(source).includes('checkout')) problems.push(...webhookProblems(source));
  if (needs.has('cors')) {
    if (!source.CORS_ORIGINS) {
      problems.push(
        problem('CORS_ORIGINS', 'is required in production (the default is the development storefront on localhost)'),
      );
    } else if (source.CORS_ORIGINS.split(',').some((origin) => isLoopback(origin.trim()))) {
      problems.push(problem('CORS_ORIGINS', 'names a localhost origin, refused in production'));
    }
  }
  if (needs.has('storefront-url') && (!source.STOREFRONT_URL || isLoopbackUrl(source.STOREFRONT_URL)))
    problems.push(
      problem('STOREFRONT_URL', 'is required in production, not on localhost (links in answers and order mail use it)'),
    );
  // The worker sends the order confirmations: the development default is a local catcher that delivers nowhere.
  if (needs.has('mail') && (!source.SMTP_URL || isLoopbackUrl(source.SMTP_URL)))
    problems.push(problem('SMTP_URL', 'is required in production where the worker runs (it sends the order emails)'));
  // Without them a change never leaves the outbox: pages and the edge would show old prices.
  if (needs.has('revalidation')) {
    for (const name of ['STOREFRONT_REVALIDATE_URL', 'REVALIDATE_SECRET'] as const) {
      if (!source[name])
        problems.push(
          problem(
            name,
            'is required in production where the worker runs (it sends cache invalidations to the storefront)',
          ),
        );
    }
    if (source.REVALIDATE_SECRET)
      problems.push(...[checkSecret('REVALIDATE_SECRET', source.REVALIDATE_SECRET)].filter(isProblem));
  }
  return problems;
}

const isProblem = (value: SettingProblem | null): value is SettingProblem => value !== null;

// The worker needs Redis only to evict the gateway's cached responses, none with RESPONSE_CACHE=off.
function needsSharedRedis(source: Source): boolean {
  const responseCache = source.RESPONSE_CACHE === undefined || truthy(source.RESPONSE_CACHE);
  return servicesOf(source).some(
    (name) => SERVICE_NEEDS[name].includes('redis') && (name !== 'worker' || responseCache),
  );
}

function redisProblems(source: Source): SettingProblem[] {
  const upstash = Boolean(source.UPSTASH_REDIS_REST_URL) || Boolean(source.UPSTASH_REDIS_REST_TOKEN);
  if (upstash) {
    return [
      ...(source.UPSTASH_REDIS_REST_URL
        ? []
        : [problem('UPSTASH_REDIS_REST_URL', 'is required with UPSTASH_REDIS_REST_TOKEN')]),
      ...(source.UPSTASH_REDIS_REST_TOKEN
        ? []
        : [problem('UPSTASH_REDIS_REST_TOKEN', 'is required with UPSTASH_REDIS_REST_URL')]),
    ];
  }
  if (source.REDIS_URL) return [];
  return [
    problem(
      'REDIS_URL',
      'production needs a shared Redis: set REDIS_URL, or UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN',
    ),
  ];
}

// The test provider "charges" any tok_approve… token for nothing: a real shop must not take it by
// accident, and the shop itself (DEPLOY_ENV=production) never, whatever PAYMENT_ALLOW_TEST_PROVIDER says.
function paymentProblems(source: Source): SettingProblem[] {
  const instances = (source.PAYMENT_PROVIDERS ?? '').split(',').map((name) => name.trim());
  if (!instances.includes('test')) return [];
  if (deployEnvironmentOf(source) === 'production' && truthy(source.PAYMENT_ALLOW_TEST_PROVIDER))
    return [
      problem(
        'PAYMENT_ALLOW_TEST_PROVIDER',
        'the test payment provider is for dev and staging (DEPLOY_ENV), refused where DEPLOY_ENV is production',
      ),
    ];
  if (truthy(source.PAYMENT_ALLOW_TEST_PROVIDER)) return [];
  return [
    problem(
      'PAYMENT_PROVIDERS',
      'lists the test provider (it approves any tok_approve… token), refused in production unless PAYMENT_ALLOW_TEST_PROVIDER=on',
    ),
  ];
}

// Stripe tells checkout how a payment ended by a signed webhook; unsigned, it cannot be believed.
function webhookProblems(source: Source): SettingProblem[] {
  const instances = (source.PAYMENT_PROVIDERS ?? '').split(',').map((name) => name.trim());
  return (
    [
      ['stripe', 'STRIPE_WEBHOOK_SECRET'],
      ['stripe-secondary', 'STRIPE_SECONDARY_WEBHOOK_SECRET'],
    ] as const
  )
    .filter(([instance, name]) => instances.includes(instance) && !source[name])
    .map(([instance, name]) =>
      problem(name, `is required in production where checkout takes ${instance} payments (it checks their webhooks)`),
    );
}
