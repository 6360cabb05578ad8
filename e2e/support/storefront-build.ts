import { cp, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Copies the built storefront (`next build` output and the files `next start` reads) into
 * `target`, leaving out Next.js's caches. Pages rendered during the run (ISR entries under
 * `.next/server/route-cache`) then land in the copy: every run starts with an empty page cache,
 * and a `next start` that a developer runs from apps/storefront neither sees nor shares them.
 */
export async function copyStorefrontBuild(storefrontDir: string, target: string): Promise<void> {
  const nextDir = join(storefrontDir, '.next');
  try {
    await stat(join(nextDir, 'BUILD_ID'));
  } catch {
    throw new Error(
      `No storefront build in ${nextDir}. Run the journeys through Nx (\`npx nx run e2e:test\`, which builds it first) or run \`npx nx run storefront:build\`.`,
    );
  }
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const skipped = new Set(['node_modules', 'project.json', '.next/cache', '.next/dev', '.next/server/route-cache'].map((path) => join(storefrontDir, path)));
  // Sources come along: `next start` loads next.config.ts, which imports from src/.
  await cp(storefrontDir, target, { recursive: true, filter: (source) => !skipped.has(source) });
}
