import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkContract, contractPath, readContract } from './contract-check.js';
import { supergraphPath } from './subgraphs.js';

// The public contract (contract/storefront.graphql) is binding for mobile apps: the supergraph
// serves all of it. Anything missing or changed (a renamed catalog field, a nullable
// `Product.title`) is a breaking change and fails here.

// The contract is published beside the repository for every team; CI has that copy, a fresh
// clone need not. Where it is present, the copy in this repository must be the same bytes.
const sharedContractPath = fileURLToPath(new URL('../../../../shared/contract/storefront.graphql', import.meta.url));

describe('public contract', () => {
  it('is served in full', () => {
    const supergraph = buildSchema(readFileSync(supergraphPath, 'utf8'), { assumeValidSDL: true });
    const { checked, problems } = checkContract(readContract(), supergraph);
    expect(checked).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('is the same as the shared copy when one sits beside the repository', () => {
    if (!existsSync(sharedContractPath)) return;
    const message =
      'contract/storefront.graphql differs from the published one: copy ../shared/contract/storefront.graphql here';
    expect(readFileSync(contractPath, 'utf8'), message).toBe(readFileSync(sharedContractPath, 'utf8'));
  });
});
