import { randomBytes } from 'node:crypto';
import { assertPortsFree, startProcess, waitUntilReady, type ManagedProcess } from '@commerce/devtools/processes';
import { BENCH_REDIS_URL, ROOT } from './settings.js';
import { assertNotAborting, onCleanup } from './teardown.js';

/**
 * Start-up migrates (a no-op after prepareDatabase) and starts the services; with
 * API_PROCESSES=n every worker loads the whole API through tsx, which took over a minute on 2
 * cores shared with other work.
 */
const READY_TIMEOUT_MS = 180_000;

/** The gateway, every subgraph of the supergraph (it routes to all of them) and the admin /metrics. */
export type Ports = {
  gateway: number;
  catalog: number;
  inventory: number;
  customers: number;
  cart: number;
  checkout: number;
  admin: number;
};
const SUBGRAPHS = ['catalog', 'inventory', 'customers', 'cart', 'checkout'] as const;

export interface ApiChild {
  label: string;
  gatewayUrl: string;
  /** The process's admin /metrics (SQL statements, requests per service). */
  metricsUrl: string;
  process: ManagedProcess;
  /** Shared with a storefront started against this API (it signs its shoppers' addresses). */
  firstPartySecret: string;
  /** Lines the child wrote to stderr: with LOG_LEVEL=warn, its warn/error records and Node warnings. */
  logLines: string[];
  stop(): Promise<void>;
}

/** Starts the API as a child process and resolves once the gateway answers /readyz. */
export async function startApi(
  label: string,
  databaseUrl: string,
  ports: Ports,
  extraEnv: Record<string, string>,
): Promise<ApiChild> {
  assertNotAborting();
  await assertPortsFree(Object.values(ports), `free it or change the bench's ports (${label})`);
  assertNotAborting();
  // All services in one process (sql_statements_total then counts all of them), wired to each other.
  const inherited = { ...process.env };
  for (const name of ['CATALOG_URL', 'INVENTORY_URL', 'CUSTOMERS_URL', 'CART_URL', 'CHECKOUT_URL', 'MEDIA_BASE_URL'])
    delete inherited[name];
  const firstPartySecret = randomBytes(32).toString('base64url');
  const logLines: string[] = [];
  const child = startProcess({
    name: `API ${label}`,
    command: process.execPath,
    args: ['--import', 'tsx', 'apps/api/src/main.ts'],
    cwd: ROOT,
    env: {
      ...inherited,
      SERVICES: ['gateway', ...SUBGRAPHS].join(','),
      DATABASE_URL: databaseUrl,
      GATEWAY_PORT: String(ports.gateway),
      ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])])),
      ADMIN_PORT: String(ports.admin),
      // Production waits 5 s on SIGTERM for load balancers; a bench has none.
      SHUTDOWN_DELAY_MS: '0',
      NODE_ENV: 'production',
      // Production requires its secrets, a shared Redis and an origin of its own; any will do here.
      GATEWAY_SECRET: randomBytes(32).toString('base64url'),
      FIRST_PARTY_SECRET: firstPartySecret,
      REDIS_URL: BENCH_REDIS_URL,
      CORS_ORIGINS: 'https://shop.bench.test',
      STOREFRONT_URL: 'https://shop.bench.test',
      // One machine, not a deployed environment (docs/deploy.md): API_ENV may allow test payments.
      DEPLOY_ENV: 'local',
      // The load comes from one machine: the budgets still run (two Redis calls a request), but
      // are not what is measured here (bench/attack.ts measures them).
      RATE_LIMIT_REQUESTS: '1000000000',
      RATE_LIMIT_COST: '1000000000000',
      GATEWAY_DEDUPLICATE: 'off',
      LOG_LEVEL: 'warn',
      // Production refuses to seed: prepareDatabase seeds the throw-away database instead.
      SEED_DEMO_CATALOG: 'off',
      ...extraEnv,
    },
    // stdout carries only the start-up banner (info records are below LOG_LEVEL=warn).
    onLine: (line, stream) => {
      if (stream !== 'stderr') return;
      logLines.push(line);
      if (logLines.length <= 20) console.error(`[api:${label}] ${line}`);
      else if (logLines.length === 21) console.error(`[api:${label}] … more lines suppressed (counted in the summary)`);
    },
  });

  const api: ApiChild = {
    label,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    metricsUrl: `http://127.0.0.1:${ports.admin}/metrics`,
    firstPartySecret,
    process: child,
    logLines,
    stop: () => child.stop(10_000),
  };
  onCleanup(() => api.stop());

  const started = Date.now();
  await waitUntilReady(child, { url: `${api.gatewayUrl}/readyz`, timeoutMs: READY_TIMEOUT_MS });
  console.error(
    `[bench] API ${label} ready in ${((Date.now() - started) / 1000).toFixed(1)}s (gateway ${api.gatewayUrl})`,
  );
  return api;
}
