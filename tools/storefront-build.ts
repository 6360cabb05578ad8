// Whether the storefront's `next build` output is older than its sources, and running
// `next build`. Shared by `npm start` (tools/start.ts) and the storefront benchmark
// (bench/storefront.ts), so both rebuild on the same rule.
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startProcess, type ManagedProcess } from '@commerce/devtools/processes';

const root = fileURLToPath(new URL('..', import.meta.url));
export const STOREFRONT_DIR = join(root, 'apps/storefront');
/** Next.js's CLI, run with node itself (not npx), so a signal reaches the process that acts on it. */
export const NEXT_BIN = createRequire(join(STOREFRONT_DIR, 'package.json')).resolve('next/dist/bin/next');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => !['node_modules', '.next'].includes(name))
    .reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/**
 * Written after `next build` exits 0. Next.js writes BUILD_ID early, so a build stopped or
 * failed half-way would otherwise look complete and `next start` would crash on it.
 */
const BUILD_COMPLETE_MARKER = join(STOREFRONT_DIR, '.next/.build-complete');

/** A build is needed when any storefront or UI source is newer than the last complete build. */
export function storefrontBuildIsStale(): boolean {
  if (!existsSync(BUILD_COMPLETE_MARKER)) return true;
  const built = statSync(BUILD_COMPLETE_MARKER).mtimeMs;
  const sources = [
    join(STOREFRONT_DIR, 'src'),
    join(STOREFRONT_DIR, 'next.config.ts'),
    join(STOREFRONT_DIR, 'cache-handler.mjs'),
    join(STOREFRONT_DIR, 'cache-tags-sync.mjs'),
    join(STOREFRONT_DIR, 'package.json'),
    join(STOREFRONT_DIR, 'tsconfig.json'),
    join(root, 'packages/ui/src'),
    join(root, 'package-lock.json'),
  ];
  return sources.some((source) => existsSync(source) && newestChange(source) > built);
}

export interface NextBuildOptions {
  /** `inherit` (default): the build's output goes to this terminal; `stderr`: to this process's stderr. */
  output?: 'inherit' | 'stderr';
  /** Called with the `next build` process right after it started (to stop it on Ctrl-C or a deadline). */
  onStart?: (build: ManagedProcess) => void;
}

/** Runs `next build` in apps/storefront with telemetry off; resolves when it exits 0. */
export async function runNextBuild(options: NextBuildOptions = {}): Promise<void> {
  const startedAt = new Date();
  const build = startProcess({
    name: 'next build',
    command: process.execPath,
    args: [NEXT_BIN, 'build'],
    cwd: STOREFRONT_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    output: options.output ?? 'inherit',
  });
  options.onStart?.(build);
  const code = await build.exited;
  if (code !== '0') throw new Error(`next build failed (exit ${code})`);
  // Dated when the build started: sources edited while it ran are newer, so they rebuild.
  writeFileSync(BUILD_COMPLETE_MARKER, startedAt.toISOString());
  utimesSync(BUILD_COMPLETE_MARKER, startedAt, startedAt);
}
