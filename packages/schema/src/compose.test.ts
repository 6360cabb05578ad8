import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.js';
import { supergraphPath } from './subgraphs.js';

describe('supergraph', () => {
  it('composes without errors and matches the committed supergraph.graphql', () => {
    const composed = composeSupergraph();
    expect(readFileSync(supergraphPath, 'utf8'), 'run `npm run compose` and commit the result').toBe(composed);
  });

  it('puts inventory fields on the catalog entities', () => {
    const schema = buildSchema(composeSupergraph(), { assumeValidSDL: true });
    const product = schema.getType('Product');
    const variant = schema.getType('ProductVariant');
    expect(product && 'getFields' in product && Object.keys(product.getFields())).toContain('availableForSale');
    expect(variant && 'getFields' in variant && Object.keys(variant.getFields())).toEqual(
      expect.arrayContaining(['availableForSale', 'quantityAvailable', 'price']),
    );
  });
});
