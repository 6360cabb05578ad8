import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkspaces, undeclaredWorkspaceImports } from './workspace-deps.js';

// `npx nx affected` runs only what a change touches, by nx's project graph, which it builds from
// each workspace's package.json: every `@commerce/*` package a workspace imports must be declared
// there, or a change to it would skip the importer's tests (README, docs/schema-changes.md).
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('workspace dependencies', () => {
  const workspaces = readWorkspaces(root);

  it('every workspace declares the workspaces it imports', () => {
    expect(workspaces.map((workspace) => workspace.name)).toEqual(
      expect.arrayContaining(['@commerce/api', '@commerce/storefront', '@commerce/schema', '@commerce/ui']),
    );
    expect(undeclaredWorkspaceImports(workspaces)).toEqual([]);
  });

  it('names an import whose declaration is missing', () => {
    const storefront = workspaces.find((workspace) => workspace.name === '@commerce/storefront')!;
    const withoutUi = {
      ...storefront,
      declared: new Set([...storefront.declared].filter((name) => name !== '@commerce/ui')),
    };
    const problems = undeclaredWorkspaceImports(
      workspaces.map((workspace) => (workspace === storefront ? withoutUi : workspace)),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(
      /^apps\/storefront\/src\/.+ imports @commerce\/ui, which apps\/storefront\/package.json does not declare$/,
    );
  });
});
