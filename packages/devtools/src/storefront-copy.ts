import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What `next start` does not need, or must not share with the copy: modules, Nx, Next.js's caches, the deployable. */
const SKIPPED = [
  'node_modules',
  'project.json',
  'tsconfig.tsbuildinfo',
  '.next/cache',
  '.next/dev',
  '.next/server/route-cache',
  // The deployable (`output: 'standalone'` and the artifact assembled from it): not what `next start` reads.
  '.next/standalone',
  'dist',
];

/**
 * Copies the built storefront (`next build` output and the files `next start` reads, sources
 * too: next.config.ts imports from src/) into `target`, leaving out Next.js's caches. Pages
 * rendered later (ISR entries under `.next/server/route-cache`) then land in the copy: each run
 * starts with an empty page cache, and a `next start` in apps/storefront neither sees nor shares
 * them. Keep `target` at the same depth below the repository root as `storefrontDir`, so
 * node_modules and tsconfig's `extends` resolve alike. Returns the copied build's id.
 */
export async function copyStorefrontBuild(
  storefrontDir: string,
  target: string,
  missingBuildHint = '',
): Promise<string> {
  const buildIdFile = join(storefrontDir, '.next', 'BUILD_ID');
  try {
    await stat(buildIdFile);
  } catch {
    throw new Error(
      `No storefront build in ${join(storefrontDir, '.next')}.${missingBuildHint ? ` ${missingBuildHint}` : ''}`,
    );
  }
  const skipped = new Set(SKIPPED.map((path) => join(storefrontDir, path)));
  for (let attempt = 1; ; attempt++) {
    const before = (await readFile(buildIdFile, 'utf8')).trim();
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    await cp(storefrontDir, target, { recursive: true, filter: (source) => !skipped.has(source) });
    const after = (await readFile(buildIdFile, 'utf8')).trim();
    const copied = (await readFile(join(target, '.next', 'BUILD_ID'), 'utf8')).trim();
    // Someone else may be rebuilding the storefront in the same checkout.
    if (before === after && copied === after) return copied;
    if (attempt === 3)
      throw new Error(
        `${join(storefrontDir, '.next')} changed while it was being copied (a build running elsewhere?); try again`,
      );
    await sleep(5000);
  }
}
