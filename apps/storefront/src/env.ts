import { weakSecretReason } from '@commerce/trust/secret-strength';
import { z } from 'zod';
import { isEdgePurgeUrlList } from './lib/revalidation/edge-purge-urls';

// Every setting of the storefront server, checked once. Nothing else reads process.env.
// Browser code never needs these: it calls same-origin `/api/graphql`, which the proxy
// forwards (so one build runs anywhere).
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The deployment (local, dev, staging, production); see deployEnvironment below. */
  DEPLOY_ENV: z.enum(['local', 'dev', 'staging', 'production']).optional(),
  /** The federation gateway, as the storefront server reaches it. */
  GRAPHQL_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Public origin of the shop, for canonical URLs, the sitemap and Open Graph. */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  /** Bearer secret for `POST /api/revalidate` (at least 32 characters); unset disables it. */
  REVALIDATE_SECRET: z.string().min(32).optional(),
  /**
   * Set when every request reaches the storefront through an edge (CDN, Varnish) that appends
   * the client's address to X-Forwarded-For: the shopper's address is then its rightmost entry
   * instead of the socket peer. Without an edge, a client could write the header itself.
   */
  TRUST_FORWARDED_FOR: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /**
   * Shared with the gateway: signs the shopper's address on the storefront's gateway calls
   * (`x-shop-client`, @commerce/trust), so shoppers do not share the storefront's rate limits.
   * Required in production; `npm start` and the e2e stack make one per run.
   */
  FIRST_PARTY_SECRET: z.string().min(32).optional(),
  /**
   * Disk bound of the page cache (cache-handler.mjs reads it itself; checked here): pages past
   * it are evicted least recently used first.
   */
  PAGE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_000_000)
    .default(512 * 1024 * 1024),
  /**
   * How shoppers pay at /checkout. `test`: the API's test provider, whose tokens the page offers
   * (development, the e2e stack, the demo `npm start`). `none`: no payment form. A Stripe
   * Elements form is not built yet (docs/storefront.md).
   */
  CHECKOUT_PAYMENT_PROVIDER: z.enum(['test', 'none']).default('test'),
  /**
   * The edge cache to purge by surrogate key after a revalidation (Varnish with xkey), or several
   * comma-separated (each edge node); unset skips it.
   */
  EDGE_PURGE_URL: z.string().refine(isEdgePurgeUrlList, 'one or more http(s) URLs, comma-separated').optional(),
  /** What the edge asks of a purge (its own EDGE_PURGE_SECRET, sent as `x-purge-secret`). */
  EDGE_PURGE_SECRET: z.string().min(32).optional(),
});

const DEPLOYED = ['dev', 'staging', 'production'];

// An address on the machine itself: a development default wherever a deployment needs a host.
function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host.startsWith('127.') || host === '[::1]';
}

type Source = Record<string, string | undefined>;

/**
 * Which deployment this is (deploy/environments/<name>): local is one machine (`npm start`, e2e,
 * benchmarks: they say so), dev and staging are test shops, production the shop. Under
 * NODE_ENV=production an unnamed one is production, so forgetting it is strict.
 */
const deployEnvironment = (source: Source) =>
  source.DEPLOY_ENV ?? (source.NODE_ENV === 'production' ? 'production' : 'local');

/** What a deployed storefront must have set, and must not inherit from development. */
function deploymentIssues(value: z.infer<typeof schema>, source: Source): { path: string; message: string }[] {
  const environment = deployEnvironment(source);
  if (!DEPLOYED.includes(environment)) return [];
  const issues: { path: string; message: string }[] = [];
  if (value.NODE_ENV !== 'production')
    issues.push({ path: 'NODE_ENV', message: `must be production where DEPLOY_ENV is ${environment}` });
  for (const name of ['GRAPHQL_URL', 'STOREFRONT_URL'] as const) {
    if (!source[name])
      issues.push({
        path: name,
        message: `is required where DEPLOY_ENV is ${environment} (the default is on localhost)`,
      });
    else if (name === 'STOREFRONT_URL' && isLoopback(value[name]))
      issues.push({ path: name, message: `names localhost, refused where DEPLOY_ENV is ${environment}` });
  }
  // Without it the worker's revalidations are refused and pages keep old prices until they expire.
  if (!value.REVALIDATE_SECRET)
    issues.push({
      path: 'REVALIDATE_SECRET',
      message: `is required where DEPLOY_ENV is ${environment} (the worker sends it)`,
    });
  // The secrets it shares with the API and the edge: random, never a copied example.
  for (const name of ['FIRST_PARTY_SECRET', 'REVALIDATE_SECRET', 'EDGE_PURGE_SECRET'] as const) {
    const weak = value[name] ? weakSecretReason(value[name]) : null;
    if (weak) issues.push({ path: name, message: weak });
  }
  if (value.EDGE_PURGE_URL && !value.EDGE_PURGE_SECRET)
    issues.push({ path: 'EDGE_PURGE_SECRET', message: 'is required with EDGE_PURGE_URL in a deployment' });
  // The test provider's tokens charge nothing: the shop itself must say which form it offers.
  if (environment === 'production' && value.CHECKOUT_PAYMENT_PROVIDER === 'test')
    issues.push({
      path: 'CHECKOUT_PAYMENT_PROVIDER',
      message:
        'test (the default) is refused where DEPLOY_ENV is production: set none until a real provider form exists',
    });
  return issues;
}

/** The storefront's settings from `source`, or an error listing every problem at once. */
export function parseStorefrontEnv(source: Source) {
  // `next build` evaluates pages with NODE_ENV=production but serves nobody: secrets are checked at start.
  const building = source.NEXT_PHASE === 'phase-production-build';
  const checked = schema.superRefine((value, context) => {
    if (building) return;
    if (value.NODE_ENV === 'production' && !value.FIRST_PARTY_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['FIRST_PARTY_SECRET'],
        message: 'required in production (32+ characters, the same as the API has)',
      });
    }
    for (const issue of deploymentIssues(value, source))
      context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
  const parsed = checked.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid storefront configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export const env = parseStorefrontEnv(process.env);
