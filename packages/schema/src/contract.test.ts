import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { supergraphPath } from './subgraphs.js';

// The public contract (../shared/contract/storefront.graphql) is binding for mobile apps.
// What the supergraph does not serve yet must belong to a domain still to be built; anything
// else (a renamed catalog field, a nullable `Product.title`) is a breaking change and fails here.
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const checker = fileURLToPath(new URL('../../../../shared/tools/contract-check.mjs', import.meta.url));

const NOT_YET_BUILT = [
  /\b(Cart|Checkout|Order|ShippingRate|PaymentInput)\w*/,
  /^missing field Customer\.orders$/,
  /\b(Page|HeroBlock|RichTextBlock|ProductGridBlock|CollectionBlock|BannerBlock|Menu|MenuItem|SeoInput|ContentUserError)\w*/,
  /\b(ProductUpdateInput|VariantPriceUpdateInput|ProductPayload|InventoryPayload)\b/,
  /^missing field Query\.(cart|checkout|page|pages|menu)$/,
  /^missing field Mutation\.(cart\w+|checkout\w+|page\w+|productUpdate|variantPricesUpdate|inventorySet)$/,
];

describe('public contract', () => {
  it('is served except for the domains still to be built', () => {
    expect(existsSync(checker), `contract checker not found at ${checker}: ../shared must sit beside the repository`).toBe(true);
    let output: string;
    try {
      output = execFileSync('node', [checker, supergraphPath], { cwd: repositoryRoot, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const problems = output.split('\n').filter((line) => line.trim() && !line.startsWith('contract:'));
    expect(output).toMatch(/contract: \d+ items checked/);
    const unexpected = problems.filter((line) => !NOT_YET_BUILT.some((pattern) => pattern.test(line)));
    expect(unexpected).toEqual([]);
  });
});
