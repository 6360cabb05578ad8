import { fileURLToPath } from 'node:url';
import {
  apiSchema,
  checkOperations,
  composeSupergraph,
  readApiSchema,
  readOperationFiles,
} from '@commerce/schema/checks';
import { readSubgraphSdl } from '@commerce/schema';
import { describe, expect, it } from 'vitest';

// Operation checks: every operation the storefront sends validates against the API schema of the
// supergraph being shipped, so a subgraph change that would break a page fails `npm test` here,
// naming the operation and its file, before any deploy (docs/schema-changes.md).
const operations = readOperationFiles(fileURLToPath(new URL('./operations', import.meta.url)));
const root = fileURLToPath(new URL('../../../', import.meta.url));

// Composing a supergraph and building its API schema takes seconds on a busy machine.
describe('storefront operations', { timeout: 60_000 }, () => {
  it('all validate against the new supergraph', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(checkOperations(readApiSchema(), operations, root)).toEqual([]);
  });

  it('fail, named, against a supergraph whose catalog lost Product.vendor', () => {
    const catalog = readSubgraphSdl('catalog').replace('  "Brand or maker."\n  vendor: String!\n', '');
    expect(catalog).not.toBe(readSubgraphSdl('catalog'));
    const problems = checkOperations(apiSchema(composeSupergraph({ catalog })), operations, root);
    expect(problems).toContain(
      'src/lib/graphql/operations/ProductPage.graphql: query ProductPage: Cannot query field "vendor" on type "Product".',
    );
  });
});
