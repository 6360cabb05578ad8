// Which settings each service of the API reads (one process runs the services named in SERVICES,
// a Deployment runs one). env.ts holds the one schema with every setting and its default; this
// table says which of them a service needs set, so a process demands what its own services need
// and never what only another service reads (the catalog has no use for the CORS origins).
import type { ConfigProblem } from './platform/config-problems.js';

export const SERVICE_NAMES = [
  'gateway',
  'catalog',
  'inventory',
  'customers',
  'cart',
  'checkout',
  'content',
  'worker',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const DEFAULT_SERVICES = SERVICE_NAMES.join(',');

/** The subgraphs, each with the setting that locates it when it runs in another process. */
export const SUBGRAPH_URL_SETTINGS = {
  catalog: 'CATALOG_URL',
  inventory: 'INVENTORY_URL',
  customers: 'CUSTOMERS_URL',
  cart: 'CART_URL',
  checkout: 'CHECKOUT_URL',
  content: 'CONTENT_URL',
} as const satisfies Partial<Record<ServiceName, string>>;

/**
 * What a service needs in production, by kind (production-settings.ts checks each kind):
 * - database: DATABASE_URL (without it the API would start an embedded PostgreSQL)
 * - gateway-secret: GATEWAY_SECRET (the gateway signs identities, subgraphs check them)
 * - first-party-secret: FIRST_PARTY_SECRET (the gateway checks the storefront's signed header)
 * - redis: a shared Redis (rate limits, sign-in counters, response cache), never the in-memory store
 * - cors: CORS_ORIGINS, the browser origins the gateway answers
 * - subgraph-urls: every subgraph's *_URL that does not run in the same process
 * - storefront-url: STOREFRONT_URL, the shop's public origin (links in answers and in mail)
 * - mail, revalidation: SMTP_URL; STOREFRONT_REVALIDATE_URL and REVALIDATE_SECRET
 * - payments: PAYMENT_PROVIDERS (the worker settles and voids charges too)
 */
export type Need =
  | 'database'
  | 'gateway-secret'
  | 'first-party-secret'
  | 'redis'
  | 'cors'
  | 'subgraph-urls'
  | 'storefront-url'
  | 'mail'
  | 'revalidation'
  | 'payments';

export const SERVICE_NEEDS: Record<ServiceName, readonly Need[]> = {
  gateway: ['gateway-secret', 'first-party-secret', 'redis', 'cors', 'subgraph-urls'],
  catalog: ['database', 'gateway-secret', 'storefront-url'],
  inventory: ['database', 'gateway-secret'],
  customers: ['database', 'gateway-secret', 'redis'],
  cart: ['database', 'gateway-secret', 'storefront-url'],
  checkout: ['database', 'gateway-secret', 'payments'],
  content: ['database', 'gateway-secret', 'redis'],
  // Redis: the worker evicts the gateway's cached responses (unless RESPONSE_CACHE=off).
  worker: ['database', 'redis', 'mail', 'revalidation', 'payments'],
};

type Source = Record<string, string | undefined>;

const listOf = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The services a process runs, as named in SERVICES (unknown names are left to serviceProblems). */
export function servicesOf(source: { SERVICES?: string | undefined }): ServiceName[] {
  const names = listOf(source.SERVICES ?? DEFAULT_SERVICES);
  return SERVICE_NAMES.filter((name) => names.includes(name));
}

/** What the running services need, together. */
export function needsOf(source: Source): Set<Need> {
  return new Set(servicesOf(source).flatMap((name) => SERVICE_NEEDS[name]));
}

/**
 * Problems in every environment: a misspelt service (a process that would run nothing), and a
 * gateway without the address of a subgraph that runs elsewhere. Production needs every subgraph
 * (the contract spans them); development lets a gateway run without cart, checkout or content.
 */
export function serviceProblems(source: Source): ConfigProblem[] {
  const named = listOf(source.SERVICES ?? DEFAULT_SERVICES);
  const problems: ConfigProblem[] = named
    .filter((name) => !(SERVICE_NAMES as readonly string[]).includes(name))
    .map((name) => ({ name: 'SERVICES', message: `names no service: ${name} (known: ${DEFAULT_SERVICES})` }));
  if (named.length === 0) problems.push({ name: 'SERVICES', message: 'names no service' });
  const running = servicesOf(source);
  if (!running.includes('gateway')) return problems;
  const production = source.NODE_ENV === 'production';
  for (const [subgraph, setting] of Object.entries(SUBGRAPH_URL_SETTINGS)) {
    const always = ['catalog', 'inventory', 'customers'].includes(subgraph);
    if ((always || production) && !running.includes(subgraph as ServiceName) && !source[setting])
      problems.push({ name: setting, message: `is required: the gateway runs without ${subgraph} in this process` });
  }
  return problems;
}
