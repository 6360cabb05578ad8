// `npm start`: the API (embedded PostgreSQL, demo catalog, subgraphs, gateway) and the
// storefront, built first when its sources changed. Ctrl-C stops both; if either dies, so
// does the other. The storefront builds while the API seeds: the build needs no API.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNextBuild, storefrontBuildIsStale } from './storefront-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const storefront = join(root, 'apps/storefront');
const gatewayPort = process.env.GATEWAY_PORT ?? '4000';
const storefrontPort = process.env.STOREFRONT_PORT ?? '3000';
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`;
// Signs the shopper's address on the storefront's gateway calls; both processes need the same one.
const firstPartySecret = process.env.FIRST_PARTY_SECRET ?? randomBytes(32).toString('base64url');
// Children are node itself, not npx wrappers, so a signal reaches the process that drains.
const children: ChildProcess[] = [];
let stopping = false;

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; name: string }): ChildProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n${options.name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    stop(code || 1);
  });
  return child;
}

const alive = () => children.filter((child) => child.exitCode === null && child.signalCode === null);

function forceStop(code: number): void {
  for (const child of alive()) child.kill('SIGKILL');
  process.exit(code);
}

/** SIGTERM lets each service drain; a second Ctrl-C (see below), or 20 s, kills what is left. */
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  const running = alive();
  for (const child of running) child.kill('SIGTERM');
  let remaining = running.length;
  if (remaining === 0) process.exit(code);
  for (const child of running) child.on('exit', () => --remaining === 0 && process.exit(code));
  setTimeout(() => forceStop(code), 20_000).unref();
}

async function waitForGateway(): Promise<void> {
  const url = `http://127.0.0.1:${gatewayPort}/readyz`;
  for (;;) {
    if (stopping) return;
    const ready = await fetch(url).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function buildStorefront(): Promise<void> {
  if (!storefrontBuildIsStale()) return Promise.resolve();
  console.log('Building the storefront (next build) …');
  return runNextBuild({ onSpawn: (build) => children.push(build) });
}

let signals = 0;
function onSignal(): void {
  signals += 1;
  if (signals === 1) stop(0);
  else forceStop(1);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: join(root, 'apps/api'),
  name: 'The API',
  // The demo's extras, opt-in because production refuses them: a staff sign-in printed at start,
  // and exact stock counts ("Only 3 left").
  env: { GATEWAY_PORT: gatewayPort, STOREFRONT_URL: storefrontUrl, FIRST_PARTY_SECRET: firstPartySecret, DEV_STAFF: 'on', SHOW_EXACT_STOCK: 'on' },
});

try {
  await Promise.all([buildStorefront(), waitForGateway()]);
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
      NEXT_TELEMETRY_DISABLED: '1',
      FIRST_PARTY_SECRET: firstPartySecret,
      GRAPHQL_URL: process.env.GRAPHQL_URL ?? `http://127.0.0.1:${gatewayPort}/graphql`,
      STOREFRONT_URL: storefrontUrl,
    },
  });
  console.log(`\nStorefront: ${storefrontUrl}\n`);
}
