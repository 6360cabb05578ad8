// `npm start`: the API (embedded PostgreSQL, demo catalog, subgraphs, gateway) and the
// storefront, built first when its sources changed. Ctrl-C stops both; if either dies, so
// does the other. The storefront builds while the API seeds: the build needs no API.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMailCatcher, type MailCatcher } from '@commerce/devtools/mail-catcher';
import { killAllNow, startProcess, waitUntilReady, type ManagedProcess } from '@commerce/devtools/processes';
import { runNextBuild, storefrontBuildIsStale } from './storefront-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const storefront = join(root, 'apps/storefront');
const gatewayPort = process.env.GATEWAY_PORT ?? '4000';
const storefrontPort = process.env.STOREFRONT_PORT ?? '3000';
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`;
// Signs the shopper's address on the storefront's gateway calls; both processes need the same one.
const firstPartySecret = process.env.FIRST_PARTY_SECRET ?? randomBytes(32).toString('base64url');
// The worker posts changed things' cache tags to the storefront's /api/revalidate with this.
const revalidateSecret = process.env.REVALIDATE_SECRET ?? randomBytes(32).toString('base64url');
// Children are node itself, not npx wrappers, so a signal reaches the process that drains. Each
// runs in a process group of its own: Ctrl-C reaches this process only, which stops them below.
const children: ManagedProcess[] = [];
// The worker's mail (order confirmations) lands here, not in anyone's inbox: .data/mail/ and a
// listing on MAIL_CATCHER_HTTP_PORT. A configured SMTP_URL skips it.
const mailCatcher: MailCatcher | null = process.env.SMTP_URL
  ? null
  : await startMailCatcher({
      smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025),
      httpPort: Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 8025),
      dir: join(root, '.data/mail'),
    });
let stopping = false;

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; name: string },
): ManagedProcess {
  const child = startProcess({ ...options, command, args, env: { ...process.env, ...options.env }, output: 'inherit' });
  children.push(child);
  void child.exited.then((how) => {
    if (stopping) return;
    console.error(`\n${options.name} stopped (${/^\d+$/.test(how) ? `exit ${how}` : how}); stopping the rest.`);
    stop(Number(how) || 1);
  });
  return child;
}

function forceStop(code: number): void {
  killAllNow();
  process.exit(code);
}

/** SIGTERM lets each service drain; a second Ctrl-C (see below), or 20 s, kills what is left. */
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  setTimeout(() => forceStop(code), 20_000).unref();
  void Promise.allSettled([...children.map((child) => child.stop(20_000)), mailCatcher?.stop()]).then(() =>
    process.exit(code),
  );
}

async function waitForGateway(api: ManagedProcess): Promise<void> {
  // If the API exits first, run()'s handler above stops everything.
  await waitUntilReady(api, { url: `http://127.0.0.1:${gatewayPort}/readyz` }).catch(() => {});
}

function buildStorefront(): Promise<void> {
  if (!storefrontBuildIsStale()) return Promise.resolve();
  console.log('Building the storefront (next build) …');
  return runNextBuild({ onStart: (build) => children.push(build) });
}

let signals = 0;
function onSignal(): void {
  signals += 1;
  if (signals === 1) stop(0);
  else forceStop(1);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const api = run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: join(root, 'apps/api'),
  name: 'The API',
  // The demo's extras, opt-in because production refuses them: a staff sign-in printed at start,
  // and exact stock counts ("Only 3 left").
  env: {
    GATEWAY_PORT: gatewayPort,
    STOREFRONT_URL: storefrontUrl,
    FIRST_PARTY_SECRET: firstPartySecret,
    STOREFRONT_REVALIDATE_URL: `http://127.0.0.1:${storefrontPort}/api/revalidate`,
    REVALIDATE_SECRET: revalidateSecret,
    DEV_STAFF: 'on',
    SHOW_EXACT_STOCK: 'on',
    ...(mailCatcher ? { SMTP_URL: mailCatcher.smtpUrl } : {}),
  },
});

try {
  await Promise.all([buildStorefront(), waitForGateway(api)]);
} catch (error) {
  // A build stopped by Ctrl-C fails too; that is part of stopping, not a second failure.
  if (!stopping) {
    console.error(error instanceof Error ? error.message : error);
    stop(1);
  }
}
if (!stopping) {
  // server.mjs: `next start` plus the socket peer as the shopper's address (see the file).
  run(process.execPath, ['server.mjs', '--port', storefrontPort], {
    cwd: storefront,
    name: 'The storefront',
    env: {
      NODE_ENV: 'production',
      // One machine, not a deployment: a localhost origin and the test payment form are right here.
      DEPLOY_ENV: 'local',
      NEXT_TELEMETRY_DISABLED: '1',
      FIRST_PARTY_SECRET: firstPartySecret,
      GRAPHQL_URL: process.env.GRAPHQL_URL ?? `http://127.0.0.1:${gatewayPort}/graphql`,
      STOREFRONT_URL: storefrontUrl,
      REVALIDATE_SECRET: revalidateSecret,
    },
  });
  console.log(`\nStorefront: ${storefrontUrl}`);
  if (mailCatcher) console.log(`Mail sent by the shop: ${mailCatcher.httpUrl}`);
  console.log('');
}
