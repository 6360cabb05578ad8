import { fileURLToPath } from 'node:url';

// Where the run's own stack listens: ports apart from `npm start` (4000-4003) and `next dev`
// (3000), so a developer's stack keeps running while the journeys do.
export const PORTS = {
  gateway: 4400,
  catalog: 4401,
  inventory: 4402,
  customers: 4403,
  cart: 4404,
  checkout: 4405,
  worker: 4406,
  /** The content subgraph (pages, menus, A/B tests). */
  content: 4407,
  /** The run's mail catcher: SMTP for the API's worker, HTTP for waitForMail. */
  mailSmtp: 3425,
  mailHttp: 3426,
  storefront: 3400,
  edge: 3480,
  edgeStaleTest: 3481,
  /** edge-ab-vcl.spec.ts: the A/B rules of the VCL in front of a scripted origin. */
  edgeAbTest: 3482,
  /** edge-ab.spec.ts: the VCL in front of the run's storefront, with an A/B test running. */
  edgeAb: 3483,
  /** content-pages.spec.ts: the VCL in front of the run's storefront, for published pages, drafts and previews. */
  edgeContent: 3484,
  /** edge-propagation.spec.ts: the VCL in front of the run's storefront, for merchandising changes reaching it. */
  edgePropagation: 3485,
} as const;

export const STOREFRONT_URL = `http://127.0.0.1:${PORTS.storefront}`;
export const GATEWAY_URL = `http://127.0.0.1:${PORTS.gateway}`;
export const EDGE_URL = `http://127.0.0.1:${PORTS.edge}`;
export const MAIL_CATCHER_URL = `http://127.0.0.1:${PORTS.mailHttp}`;

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const E2E_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Per-run state (storefront copy, process logs); git-ignored. */
export const STACK_DIR = fileURLToPath(new URL('../.stack/', import.meta.url));

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * The run's Redis: E2E_REDIS_URL, else database 8 of the server TEST_REDIS_URL names (default
 * 127.0.0.1:6379). Never TEST_REDIS_URL's own database: the API's integration tests empty that
 * one when they start, and Nx may run them beside the journeys. The run empties database 8.
 */
export const E2E_REDIS_URL =
  process.env.E2E_REDIS_URL ?? withDatabase(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 8);

function withDatabase(url: string, database: number): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * The storefront's REVALIDATE_SECRET. playwright.config.ts makes one per run before the
 * workers start, so the runner, its workers and the storefront all see the same value.
 */
export function revalidateSecret(): string {
  const secret = process.env.E2E_REVALIDATE_SECRET;
  if (!secret || secret.length < 32)
    throw new Error('E2E_REVALIDATE_SECRET is not set: run through playwright.config.ts');
  return secret;
}

/**
 * The edge's PURGE secret (EDGE_PURGE_SECRET of Varnish and of the storefront), made per run by
 * playwright.config.ts like the revalidation secret.
 */
export function edgePurgeSecret(): string {
  const secret = process.env.E2E_EDGE_PURGE_SECRET;
  if (!secret || secret.length < 32)
    throw new Error('E2E_EDGE_PURGE_SECRET is not set: run through playwright.config.ts');
  return secret;
}
