import { fileURLToPath } from 'node:url';
import { readSubgraphSdl } from '@commerce/schema';
import {
  apiSchema,
  checkOperations,
  composeSupergraph,
  readApiSchema,
  readOperationFiles,
} from '@commerce/schema/checks';
import { describe, expect, it } from 'vitest';

// Operation checks: the app's operations are generated from the public contract, but what runs
// them is the supergraph being shipped: each must validate against its API schema, or an app
// already in shoppers' hands would break with this deploy (docs/schema-changes.md).
const operations = readOperationFiles(fileURLToPath(new URL('./operations', import.meta.url)));
const root = fileURLToPath(new URL('../', import.meta.url));

// Composing a supergraph and building its API schema takes seconds on a busy machine.
describe('mobile sample operations', { timeout: 60_000 }, () => {
  it('all validate against the new supergraph', () => {
    expect(operations.length).toBeGreaterThan(3);
    expect(checkOperations(readApiSchema(), operations, root)).toEqual([]);
  });

  it('fail, named, against a supergraph whose cart lost Cart.totalQuantity', () => {
    const cart = readSubgraphSdl('cart');
    const broken = cart.replace(/\n {2}"[^"]*"\n {2}totalQuantity: [^\n]+/, '');
    expect(broken).not.toBe(cart);
    const problems = checkOperations(apiSchema(composeSupergraph({ cart: broken })), operations, root);
    expect(problems).toContain(
      'src/operations/Cart.graphql: query Cart: Cannot query field "totalQuantity" on type "Cart". (in src/operations/MobileCart.graphql)',
    );
  });
});
