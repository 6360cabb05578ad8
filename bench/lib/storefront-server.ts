import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  assertPortsFree as assertFree,
  startProcess,
  waitUntilReady,
  type ManagedProcess,
} from '@commerce/devtools/processes';
import { copyStorefrontBuild as copyBuild } from '@commerce/devtools/storefront-copy';
import { STOREFRONT_DIR, runNextBuild, storefrontBuildIsStale } from '../../tools/storefront-build.js';
import { ROOT } from './settings.js';
import { BUILD_TIMEOUT_MS } from './storefront-settings.js';
import { assertNotAborting, onCleanup } from './teardown.js';

const READY_TIMEOUT_MS = 30_000;

export function assertPortsFree(ports: number[]): Promise<void> {
  return assertFree(ports, 'free it or change the ports in bench/lib/storefront-settings.ts');
}

/**
 * The same rule as `npm start` (tools/storefront-build.ts): `next build` when a storefront or UI
 * source is newer than the build. The build's output goes to stderr; Ctrl-C stops it.
 */
export async function ensureStorefrontBuild(): Promise<{ built: boolean; seconds: number }> {
  if (!storefrontBuildIsStale()) return { built: false, seconds: 0 };
  console.error('[bench] the storefront build is older than its sources: running next build in apps/storefront …');
  const started = performance.now();
  let build: ManagedProcess | null = null;
  onCleanup(async () => {
    await build?.stop();
  });
  const timer = setTimeout(() => void build?.stop().catch(() => {}), BUILD_TIMEOUT_MS);
  try {
    await runNextBuild({
      output: 'stderr',
      onStart: (child) => {
        build = child;
      },
    });
  } finally {
    clearTimeout(timer);
  }
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

/**
 * Copies the build (without Next.js's caches) to a throw-away folder under the git-ignored
 * bench/results/, removed at clean-up. `next start` runs there, so the run starts with an empty
 * page cache whose entries name this run's API (image URLs carry its catalog port), and nothing
 * lands in apps/storefront/.next for a later `npm start` to serve. Same depth below the repo
 * root, so node_modules and tsconfig's `extends` resolve as they do from apps/storefront.
 */
export async function copyStorefrontBuild(stamp: string): Promise<{ dir: string; buildId: string }> {
  assertNotAborting();
  const dir = join(ROOT, 'bench', 'results', `.storefront-${stamp}`);
  onCleanup(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return { dir, buildId: await copyBuild(STOREFRONT_DIR, dir) };
}

export interface StorefrontChild {
  url: string;
  process: ManagedProcess;
  /** Lines `next start` wrote (stdout and stderr) after its start-up banner. */
  logLines: string[];
  stop(): Promise<void>;
}

/**
 * The storefront's production server (`server.mjs`: `next start` plus the shopper's socket
 * address) from the copied build, with GRAPHQL_URL pointing at the bench's gateway and the
 * API's FIRST_PARTY_SECRET, which production requires.
 */
export async function startStorefront(
  dir: string,
  port: number,
  // Plus, for runs with an edge, REVALIDATE_SECRET, EDGE_PURGE_URL and EDGE_PURGE_SECRET.
  env: { GRAPHQL_URL: string; STOREFRONT_URL: string; FIRST_PARTY_SECRET: string } & Record<string, string>,
): Promise<StorefrontChild> {
  assertNotAborting();
  const inherited = { ...process.env };
  // Nothing from the developer's shell that changes what the storefront does.
  for (const name of ['REVALIDATE_SECRET', 'EDGE_PURGE_URL', 'GRAPHQL_URL', 'STOREFRONT_URL', 'PORT', 'HOSTNAME'])
    delete inherited[name];
  const logLines: string[] = [];
  let ready = false;
  const child = startProcess({
    name: 'next start',
    command: process.execPath,
    args: ['server.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    cwd: dir,
    // DEPLOY_ENV local: one machine, so its loopback origins are allowed (docs/deploy.md).
    env: { ...inherited, NODE_ENV: 'production', DEPLOY_ENV: 'local', NEXT_TELEMETRY_DISABLED: '1', ...env },
    // The banner (version, URLs, "Ready in") is not news; anything after it is counted.
    onLine: (line) => {
      if (!ready) return;
      logLines.push(line);
      if (logLines.length <= 20) console.error(`[storefront] ${line}`);
      else if (logLines.length === 21) console.error('[storefront] … more lines suppressed (counted in the summary)');
    },
  });

  const storefront: StorefrontChild = {
    url: `http://127.0.0.1:${port}`,
    process: child,
    logLines,
    stop: () => child.stop(10_000),
  };
  onCleanup(() => storefront.stop());

  const started = Date.now();
  // Any answer means it listens; a static path renders nothing and leaves the page cache empty.
  await waitUntilReady(child, {
    url: `${storefront.url}/_next/static/bench-ready-check`,
    timeoutMs: READY_TIMEOUT_MS,
    ready: (status) => status < 500,
  });
  ready = true;
  console.error(
    `[bench] next start ready in ${((Date.now() - started) / 1000).toFixed(1)}s (${storefront.url}, build copied to ${relative(ROOT, dir)})`,
  );
  return storefront;
}
