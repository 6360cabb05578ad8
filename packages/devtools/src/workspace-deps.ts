import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A workspace as nx sees it: its package name, what its package.json declares, its sources. */
export interface Workspace {
  dir: string;
  name: string;
  declared: Set<string>;
  sources: { path: string; text: string }[];
}

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP = new Set([
  'node_modules',
  '.next',
  '.stack',
  'dist',
  'generated',
  '.nx',
  'test-results',
  'playwright-report',
]);

function sourcesOf(dir: string): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourcesOf(path));
    else if (SOURCE.test(entry.name)) found.push({ path, text: readFileSync(path, 'utf8') });
  }
  return found;
}

/** The repository's workspaces, from the root package.json's `workspaces` (`dir` and `dir/*`). */
export function readWorkspaces(root: string): Workspace[] {
  const patterns = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] })
    .workspaces;
  const dirs = patterns.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(pattern.slice(0, -2), entry.name))
      : [pattern],
  );
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
        name: string;
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      return {
        dir,
        name: manifest.name,
        declared: new Set([
          ...Object.keys(manifest.dependencies ?? {}),
          ...Object.keys(manifest.devDependencies ?? {}),
        ]),
        sources: sourcesOf(join(root, dir)).map((source) => ({ ...source, path: relative(root, source.path) })),
      };
    });
}

/**
 * Imports of another workspace that a workspace's package.json does not declare. nx builds its
 * project graph from those declarations: an undeclared one is an edge it misses, so
 * `nx affected` would skip the importer's tests when the imported package changes.
 */
export function undeclaredWorkspaceImports(workspaces: Workspace[]): string[] {
  const names = new Set(workspaces.map((workspace) => workspace.name));
  const problems: string[] = [];
  for (const workspace of workspaces) {
    for (const source of workspace.sources) {
      for (const match of source.text.matchAll(/(?:from\s+|import\(\s*)['"](@[\w-]+\/[\w-]+)(?:\/[^'"]*)?['"]/g)) {
        const name = match[1]!;
        if (names.has(name) && name !== workspace.name && !workspace.declared.has(name)) {
          problems.push(`${source.path} imports ${name}, which ${workspace.dir}/package.json does not declare`);
        }
      }
    }
  }
  return [...new Set(problems)];
}
