// One instance of one service: `node --import tsx apps/api/src/main.ts` with SERVICES=<service>,
// as a release would run it, on the rolling deploy's ports and the shared database and Redis.
import { randomBytes } from 'node:crypto';
import { startProcess, waitUntilReady, type ManagedProcess } from '@commerce/devtools/processes';
import { frontendUrl } from './rolling-haproxy.js';
import { API_ROOT, instancePorts, type RollingService, type Slot } from './rolling-settings.js';
import { BENCH_REDIS_URL, ROOT } from './settings.js';
import { assertNotAborting, onCleanup } from './teardown.js';

/** Start-up with tsx on a busy 2-core machine can take a while; a start slower than this fails the run. */
const READY_TIMEOUT_MS = 120_000;

export interface Instance {
  service: RollingService | 'worker';
  slot: Slot;
  label: string;
  process: ManagedProcess;
  /** Lines the process wrote to stderr (warn/error records). */
  logLines: string[];
}

/** What every instance shares: the secrets (identities signed by one gateway are checked by every subgraph). */
const shared = {
  GATEWAY_SECRET: randomBytes(32).toString('base64url'),
  FIRST_PARTY_SECRET: randomBytes(32).toString('base64url'),
  REVALIDATE_SECRET: randomBytes(32).toString('base64url'),
};

function environment(service: Instance['service'], slot: Slot, databaseUrl: string): NodeJS.ProcessEnv {
  const { port, admin } = instancePorts(service, slot);
  const portName = service === 'worker' ? 'WORKER_PORT' : `${service.toUpperCase()}_PORT`;
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    SERVICES: service,
    DATABASE_URL: databaseUrl,
    // 13 API processes and a worker share one PostgreSQL (max_connections 100 here) with the machine's other users.
    DB_POOL_SIZE: '3',
    REDIS_URL: BENCH_REDIS_URL,
    [portName]: String(port),
    ADMIN_PORT: String(admin),
    ...shared,
    CORS_ORIGINS: 'https://shop.bench.test',
    STOREFRONT_URL: 'https://shop.bench.test',
    // A staging shop: production refuses the test payment provider the shoppers pay with.
    DEPLOY_ENV: 'staging',
    // The worker's mail and storefront revalidation go nowhere (no storefront, no mail server; production refuses a loopback SMTP_URL):
    // those jobs fail and retry, which is not what this run measures.
    SMTP_URL: 'smtp://smtp.bench.invalid:2525',
    STOREFRONT_REVALIDATE_URL: 'http://127.0.0.1:4799/api/revalidate',
    // Every request comes from 127.0.0.1: the budgets still run, but must not be what fails.
    RATE_LIMIT_REQUESTS: '1000000000',
    RATE_LIMIT_COST: '1000000000000',
    MUTATION_RATE_LIMIT: '1000000000',
    // Subgraphs, not a cache, must answer: a cached page would hide a restart or a dead domain.
    RESPONSE_CACHE: 'off',
    PAYMENT_PROVIDERS: 'test',
    PAYMENT_ALLOW_TEST_PROVIDER: 'on',
    SEED_DEMO_CATALOG: 'off',
    LOG_LEVEL: 'warn',
    // The gateway reaches each subgraph through HAProxy, never an instance directly.
    CATALOG_URL: frontendUrl('catalog'),
    INVENTORY_URL: frontendUrl('inventory'),
    CUSTOMERS_URL: frontendUrl('customers'),
    CART_URL: frontendUrl('cart'),
    CHECKOUT_URL: frontendUrl('checkout'),
    CONTENT_URL: frontendUrl('content'),
  };
}

/** Starts one instance and resolves once its /readyz answers 200 (SHUTDOWN_DELAY_MS is production's 5 s). */
export async function startInstance(service: Instance['service'], slot: Slot, databaseUrl: string): Promise<Instance> {
  assertNotAborting();
  const label = `${service}-${slot}`;
  const logLines: string[] = [];
  const child = startProcess({
    name: label,
    command: process.execPath,
    args: ['--import', 'tsx', 'apps/api/src/main.ts'],
    cwd: API_ROOT ?? ROOT,
    env: environment(service, slot, databaseUrl),
    onLine: (line, stream) => {
      if (stream !== 'stderr') return;
      logLines.push(line);
      if (logLines.length <= 5) console.error(`[${label}] ${line.slice(0, 400)}`);
    },
  });
  onCleanup(() => child.stop(10_000));
  const { port } = instancePorts(service, slot);
  await waitUntilReady(child, { url: `http://127.0.0.1:${port}/readyz`, timeoutMs: READY_TIMEOUT_MS });
  return { service, slot, label, process: child, logLines };
}

/** SIGTERM (the instance drains: /readyz 503, then its port closes), and the time until it exited. */
export async function stopInstance(instance: Instance): Promise<{ exitedAfterMs: number; how: string }> {
  const started = Date.now();
  await instance.process.stop(30_000);
  return { exitedAfterMs: Date.now() - started, how: await instance.process.exited };
}

/** SIGKILL: the instance dies mid-request, as a crashed machine would. */
export async function killInstance(instance: Instance): Promise<void> {
  try {
    process.kill(-instance.process.pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  await instance.process.exited;
}
