import { cpSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The installed package `name` as Node would resolve it from `fromDir`, or null. */
function packageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return realpathSync(dirname(candidate));
    if (dirname(dir) === dir) return null;
  }
}

export const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The installed version of each package, resolved from `fromDir` (the api workspace). */
export function installedVersion(name: string, fromDir: string): string {
  const dir = packageDir(name, fromDir);
  if (!dir) throw new Error(`${name} is not installed`);
  return readManifest(dir).version;
}

/**
 * Copies `names` and everything they need at run time (dependencies, installed optional ones
 * such as sharp's and argon2's platform binaries, peers) from the installed tree into
 * `target/node_modules`: the versions the lockfile gave the tests, for this machine's platform
 * (the Dockerfiles build inside the image's platform). Flat where it can be; a second version of
 * a package goes under the package that needs it, as npm would place it.
 */
export function copyDependencyClosure(names: string[], fromDir: string, target: string): string[] {
  const placed = new Map<string, string>(); // destination → source directory
  const copied: string[] = [];
  const visit = (name: string, resolveFrom: string, parentDest: string, optional: boolean) => {
    const source = packageDir(name, resolveFrom);
    if (!source) {
      if (optional) return;
      throw new Error(`${name} (needed from ${resolveFrom}) is not installed`);
    }
    let dest = join(target, 'node_modules', name);
    if (placed.has(dest) && placed.get(dest) !== source) dest = join(parentDest, 'node_modules', name);
    if (placed.get(dest) === source) return;
    placed.set(dest, source);
    // A package's own node_modules is left behind: its dependencies are placed by visit().
    cpSync(source, dest, {
      recursive: true,
      dereference: true,
      filter: (path) => !path.startsWith(join(source, 'node_modules')),
    });
    copied.push(`${name}@${readManifest(source).version}`);
    const manifest = readManifest(source);
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, source, dest, false);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) visit(dep, source, dest, true);
    for (const dep of Object.keys(manifest.peerDependencies ?? {})) visit(dep, source, dest, true);
  };
  for (const name of names) visit(name, fromDir, target, false);
  return copied.sort();
}
