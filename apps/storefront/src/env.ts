import { z } from 'zod';

// Every setting of the storefront server, checked once. Nothing else reads process.env.
// Browser code never needs these: it calls same-origin `/api/graphql`, which the proxy
// forwards (so one build runs anywhere).
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The federation gateway, as the storefront server reaches it. */
  GRAPHQL_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Public origin of the shop, for canonical URLs, the sitemap and Open Graph. */
  STOREFRONT_URL: z.string().url().default('http://localhost:3000'),
  /** Bearer secret for `POST /api/revalidate` (at least 32 characters); unset disables it. */
  REVALIDATE_SECRET: z.string().min(32).optional(),
  /**
   * Set when every request reaches the storefront through an edge (CDN, Varnish) that appends
   * the client's address to X-Forwarded-For; only then is the header passed to the gateway for
   * per-IP sign-in limits. Without an edge, a client could write the header itself.
   */
  TRUST_FORWARDED_FOR: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** The edge cache to purge by surrogate key after a revalidation (Varnish with xkey); unset skips it. */
  EDGE_PURGE_URL: z.string().url().optional(),
});

function loadEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid storefront configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export const env = loadEnv();
