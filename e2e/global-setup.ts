import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createRunDatabase } from './support/database.js';
import { flushRedisDatabase } from './support/redis.js';
import { startMailCatcher, type MailCatcher } from '@commerce/devtools/mail-catcher';
import { copyStorefrontBuild } from '@commerce/devtools/storefront-copy';
import {
  isGroupAlive,
  isPortFree,
  startProcess,
  waitUntilReady,
  type ManagedProcess,
} from '@commerce/devtools/processes';
import {
  EDGE_URL,
  GATEWAY_URL,
  PORTS,
  REPOSITORY_ROOT,
  STACK_DIR,
  STOREFRONT_URL,
  TEST_DATABASE_URL,
  E2E_REDIS_URL,
  edgePurgeSecret,
  revalidateSecret,
} from './support/stack-env.js';

// Starts the real stack the journeys run against and returns its teardown:
//   empty Redis database, fresh PostgreSQL database → API (migrates, seeds ~10 s) and
//   storefront (`next start` of the build).
// A process that dies or never gets ready fails the run at once, with its output.

const API_READY_MS = 120_000;
const STOREFRONT_READY_MS = 30_000;

/** What the child processes inherit; nothing else, so a developer's own settings stay out. */
function baseEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'USER'];
  return Object.fromEntries(keep.filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]]));
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  // A stack from `npm run stack -w @commerce/e2e` is already up: use it as it is.
  if (process.env.E2E_STACK === 'running') {
    for (const url of [`${GATEWAY_URL}/readyz`, STOREFRONT_URL]) {
      await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch((error: Error) => {
        throw new Error(`E2E_STACK=running, but ${url} does not answer: ${error.message}`);
      });
    }
    return async () => {};
  }
  const started = Date.now();
  const logDir = join(STACK_DIR, 'logs');
  await mkdir(logDir, { recursive: true });

  const stackPorts = [
    PORTS.gateway,
    PORTS.catalog,
    PORTS.inventory,
    PORTS.customers,
    PORTS.cart,
    PORTS.checkout,
    PORTS.worker,
    PORTS.content,
    PORTS.mailSmtp,
    PORTS.mailHttp,
    PORTS.storefront,
  ];
  const taken = (await Promise.all(stackPorts.map(async (port) => ((await isPortFree(port)) ? null : port)))).filter(
    (port) => port !== null,
  );
  if (taken.length > 0) {
    throw new Error(
      `Port(s) ${taken.join(', ')} already in use on 127.0.0.1: another e2e run, or processes a crashed run left behind (see \`ss -ltnp\`).`,
    );
  }

  // The storefront signs each shopper's address on its gateway calls with it; both get the same.
  const firstPartySecret = randomBytes(32).toString('base64url');
  await flushRedisDatabase(E2E_REDIS_URL);
  const database = await createRunDatabase(TEST_DATABASE_URL);
  // Playwright hands globalSetup's environment to the test workers (support/staff.ts reads it).
  process.env.E2E_DATABASE_URL = database.url;
  // Should this process exit before stopping them, the process manager kills their groups.
  const processes: ManagedProcess[] = [];
  let mailCatcher: MailCatcher | null = null;

  const stop = async () => {
    const problems: string[] = [];
    // The storefront first: it is the API's client.
    for (const proc of [...processes].reverse()) {
      await proc.stop().catch((error: Error) => problems.push(error.message));
      if (isGroupAlive(proc.pid)) problems.push(`${proc.name} (process group ${proc.pid}) is still running`);
    }
    await mailCatcher?.stop().catch((error: Error) => problems.push(error.message));
    for (const port of stackPorts)
      if (!(await isPortFree(port))) problems.push(`port ${port} still answers after teardown`);
    if (problems.length > 0) throw new Error(`e2e teardown: ${problems.join('; ')}`);
  };

  try {
    const storefrontDir = join(STACK_DIR, 'storefront');
    // E2E_STOREFRONT_DIR runs the journeys against another built checkout of the storefront.
    await copyStorefrontBuild(
      resolve(REPOSITORY_ROOT, process.env.E2E_STOREFRONT_DIR ?? 'apps/storefront'),
      storefrontDir,
      'Run the journeys through Nx (`npx nx run e2e:test`, which builds it first) or run `npx nx run storefront:build`.',
    );

    // The order emails the worker sends: kept per run under .stack/mail, read by waitForMail.
    const mailDir = join(STACK_DIR, 'mail');
    await rm(mailDir, { recursive: true, force: true });
    mailCatcher = await startMailCatcher({ smtpPort: PORTS.mailSmtp, httpPort: PORTS.mailHttp, dir: mailDir });

    processes.push(
      startProcess({
        name: 'api',
        command: join(REPOSITORY_ROOT, 'node_modules/.bin/tsx'),
        args: ['apps/api/src/main.ts'],
        cwd: REPOSITORY_ROOT,
        logFile: join(logDir, 'api.log'),
        env: {
          ...baseEnv(),
          // Not 'production': production refuses loopback CORS origins and the demo catalog, and
          // the run needs both. The storefront below does run as deployed.
          NODE_ENV: 'test',
          GATEWAY_SECRET: randomBytes(32).toString('base64url'),
          FIRST_PARTY_SECRET: firstPartySecret,
          DATABASE_URL: database.url,
          REDIS_URL: E2E_REDIS_URL,
          GATEWAY_PORT: String(PORTS.gateway),
          CATALOG_PORT: String(PORTS.catalog),
          INVENTORY_PORT: String(PORTS.inventory),
          CUSTOMERS_PORT: String(PORTS.customers),
          CART_PORT: String(PORTS.cart),
          CHECKOUT_PORT: String(PORTS.checkout),
          CONTENT_PORT: String(PORTS.content),
          WORKER_PORT: String(PORTS.worker),
          SMTP_URL: mailCatcher.smtpUrl,
          // The worker flushes the outbox's cache tags to the storefront (which purges the edge).
          STOREFRONT_REVALIDATE_URL: `${STOREFRONT_URL}/api/revalidate`,
          REVALIDATE_SECRET: revalidateSecret(),
          // Holds lapse after 30 s, so the sold-out-while-paying journey can outwait one; a
          // checkout whose hold lapsed still completes when the stock is there (it re-reserves).
          RESERVATION_MINUTES: '0.5',
          // Apart from a running `npm start` (admin port 9464); e2e stops the API at once.
          ADMIN_PORT: '0',
          SHUTDOWN_DELAY_MS: '0',
          CORS_ORIGINS: [
            STOREFRONT_URL,
            `http://localhost:${PORTS.storefront}`,
            `http://127.0.0.1:${PORTS.edge}`,
            `http://127.0.0.1:${PORTS.edgeAb}`,
          ].join(','),
          STOREFRONT_URL,
          MEDIA_BASE_URL: `http://127.0.0.1:${PORTS.catalog}`,
          LOG_LEVEL: 'warn',
        },
      }),
    );
    processes.push(
      // server.mjs is `next start` plus the socket peer as the shopper's address.
      startProcess({
        name: 'storefront',
        command: process.execPath,
        args: ['server.mjs', '--port', String(PORTS.storefront), '--hostname', '127.0.0.1'],
        cwd: storefrontDir,
        logFile: join(logDir, 'storefront.log'),
        env: {
          ...baseEnv(),
          NODE_ENV: 'production',
          // One machine, not a deployment (docs/deploy.md): loopback origins and test payments are allowed.
          DEPLOY_ENV: 'local',
          NEXT_TELEMETRY_DISABLED: '1',
          FIRST_PARTY_SECRET: firstPartySecret,
          GRAPHQL_URL: `${GATEWAY_URL}/graphql`,
          STOREFRONT_URL,
          REVALIDATE_SECRET: revalidateSecret(),
          // The edge journeys run Varnish here; revalidations purge it (or fail quietly while it is down).
          // edge-ab.spec.ts and edge-propagation.spec.ts run their own, purged too.
          EDGE_PURGE_URL: [EDGE_URL, `http://127.0.0.1:${PORTS.edgeAb}`, `http://127.0.0.1:${PORTS.edgePropagation}`]
            .map((url) => `${url}/`)
            .join(','),
          EDGE_PURGE_SECRET: edgePurgeSecret(),
        },
      }),
    );
    const [api, storefront] = processes as [ManagedProcess, ManagedProcess];
    await waitUntilReady(api, { url: `${GATEWAY_URL}/readyz`, timeoutMs: API_READY_MS });
    // Any answer means `next start` listens; a path that renders nothing keeps the page cache empty.
    await waitUntilReady(storefront, {
      url: `${STOREFRONT_URL}/_next/static/e2e-ready-check`,
      timeoutMs: STOREFRONT_READY_MS,
      ready: (status) => status < 500,
    });
  } catch (error) {
    await stop().catch((stopError: Error) => console.error(stopError.message));
    throw error;
  }

  console.log(
    `[e2e] stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s: storefront ${STOREFRONT_URL}, gateway ${GATEWAY_URL}, database ${database.name}; logs in ${logDir}`,
  );
  return stop;
}
