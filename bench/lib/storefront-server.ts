import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { STOREFRONT_DIR, runNextBuild, storefrontBuildIsStale } from '../../tools/storefront-build.js';
import { ROOT } from './settings.js';
import { BUILD_TIMEOUT_MS } from './storefront-settings.js';
import { superviseChild } from './supervised-child.js';
import { assertNotAborting, onCleanup, trackChild } from './teardown.js';

const READY_TIMEOUT_MS = 30_000;

export async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', () => reject(new Error(`port ${port} is in use; free it or change the ports in bench/lib/storefront-settings.ts`)));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  }
}

/**
 * The same rule as `npm start` (tools/storefront-build.ts): `next build` when a storefront or UI
 * source is newer than the build. The build's output goes to stderr; Ctrl-C stops it.
 */
export async function ensureStorefrontBuild(): Promise<{ built: boolean; seconds: number }> {
  if (!storefrontBuildIsStale()) return { built: false, seconds: 0 };
  console.error('[bench] the storefront build is older than its sources: running next build in apps/storefront …');
  const started = performance.now();
  let build: ChildProcess | null = null;
  onCleanup(async () => {
    if (build && build.exitCode === null && build.signalCode === null) build.kill('SIGTERM');
  });
  const timer = setTimeout(() => build?.kill('SIGTERM'), BUILD_TIMEOUT_MS);
  try {
    await runNextBuild({
      stdio: ['ignore', 2, 2],
      onSpawn: (child) => {
        build = child;
        trackChild(child);
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
  const buildIdFile = join(STOREFRONT_DIR, '.next', 'BUILD_ID');
  const skipped = new Set(['node_modules', 'project.json', '.next/cache', '.next/dev', '.next/server/route-cache', 'tsconfig.tsbuildinfo'].map((path) => join(STOREFRONT_DIR, path)));
  for (let attempt = 1; ; attempt++) {
    const before = (await readFile(buildIdFile, 'utf8')).trim();
    await rm(dir, { recursive: true, force: true });
    await cp(STOREFRONT_DIR, dir, { recursive: true, filter: (source) => !skipped.has(source) });
    const after = (await readFile(buildIdFile, 'utf8')).trim();
    const copied = (await readFile(join(dir, '.next', 'BUILD_ID'), 'utf8')).trim();
    // Someone else may be rebuilding apps/storefront in the same checkout.
    if (before === after && copied === after) return { dir, buildId: copied };
    if (attempt === 3) throw new Error('apps/storefront/.next changed while it was being copied (a build running elsewhere?); try again');
    await sleep(5000);
  }
}

export interface StorefrontChild {
  url: string;
  process: ChildProcess;
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
  env: { GRAPHQL_URL: string; STOREFRONT_URL: string; FIRST_PARTY_SECRET: string },
): Promise<StorefrontChild> {
  assertNotAborting();
  const inherited = { ...process.env };
  // Nothing from the developer's shell that changes what the storefront does.
  for (const name of ['REVALIDATE_SECRET', 'EDGE_PURGE_URL', 'GRAPHQL_URL', 'STOREFRONT_URL', 'PORT', 'HOSTNAME']) delete inherited[name];
  const child = spawn(process.execPath, ['server.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: dir,
    env: { ...inherited, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const supervised = superviseChild(child, 'next start');
  const logLines: string[] = [];
  let ready = false;
  const startupLines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter((l) => l.trim())) {
        // The banner (version, URLs, "Ready in") is not news; anything after it is counted.
        if (!ready) {
          startupLines.push(line);
          continue;
        }
        logLines.push(line);
        if (logLines.length <= 20) console.error(`[storefront] ${line}`);
        else if (logLines.length === 21) console.error('[storefront] … more lines suppressed (counted in the summary)');
      }
    });
  }

  const storefront: StorefrontChild = {
    url: `http://127.0.0.1:${port}`,
    process: child,
    logLines,
    stop: () => supervised.stop(),
  };
  onCleanup(() => storefront.stop());

  const started = Date.now();
  for (;;) {
    if (supervised.exited) throw new Error(`next start exited during start-up (${supervised.exitInfo}):\n${startupLines.slice(-20).join('\n')}`);
    if (Date.now() - started > READY_TIMEOUT_MS) throw new Error(`next start was not ready after ${READY_TIMEOUT_MS / 1000}s`);
    try {
      // Any answer means it listens; a static path renders nothing and leaves the page cache empty.
      const res = await fetch(`${storefront.url}/_next/static/bench-ready-check`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  ready = true;
  console.error(`[bench] next start ready in ${((Date.now() - started) / 1000).toFixed(1)}s (${storefront.url}, build copied to ${relative(ROOT, dir)})`);
  return storefront;
}
