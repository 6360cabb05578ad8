import { readFileSync } from 'node:fs';
import { buildASTSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { supergraphPath } from '@commerce/schema';
import { readCostDirectives } from './cost-directives.js';
import { estimateCost } from './estimate-cost.js';

const supergraph = readFileSync(supergraphPath, 'utf8');
const schema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
const costs = readCostDirectives(supergraph);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  estimateCost({ schema, document: parse(query), variables, costs });

function fragmentChain(levels: number, leaf: string): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Product { ${leaf} }`
      : `fragment F${i} on Product { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ products(first: 1) { nodes { ...F0 } } } ${fragments.join(' ')}`;
}

describe('estimateCost', () => {
  it('reads the cost directives of the subgraph SDL', () => {
    expect(costs.get('ProductConnection.filters')).toMatchObject({ weight: 2000, assumedSize: 10 });
    expect(costs.get('Query.products')).toMatchObject({
      slicingArguments: ['first', 'last'],
      sizedFields: ['edges', 'nodes'],
    });
  });

  it('multiplies pages: products(first: 10) × variants(first: 5)', () => {
    // 1 connection + 10 products + 10 × (1 connection + 5 variants)
    expect(cost('{ products(first: 10) { nodes { variants(first: 5) { nodes { id } } } } }')).toBe(
      1 + 10 + 10 * (1 + 5),
    );
  });

  it('counts each use of a fragment, in linear time', () => {
    // Priced as 2^(levels-1) uses of the leaf, and fast at 30 levels (2^29 uses).
    expect(cost(fragmentChain(4, 'variants(first: 2) { nodes { id } }'))).toBe(1 + 1 + 8 * (1 + 2));
    const started = performance.now();
    expect(cost(fragmentChain(30, 'variants(first: 250) { nodes { id } }'))).toBeGreaterThan(2 ** 29);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('reads page sizes from variable defaults, and a page size not given as the default page', () => {
    expect(cost('query($n: Int = 100) { products(first: $n) { nodes { id } } }')).toBe(1 + 100);
    expect(cost('query($n: Int = 100) { products(first: $n) { nodes { id } } }', { n: 3 })).toBe(1 + 3);
    expect(cost('{ products { nodes { id } } }')).toBe(1 + 20);
  });

  it('treats a list without a declared size as the largest page, and adds the weight of aggregates', () => {
    expect(cost('{ products(first: 1) { nodes { options { name } } } }')).toBe(1 + 1 * (1 + 5));
    expect(cost('{ shop { name } nodes(ids: ["a", "b"]) { id } }')).toBe(1 + 2);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(300).fill('a') })).toBe(250);
    expect(cost('{ search(query: "x", first: 1) { totalCount filters { id } } }')).toBe(1000 + 1 + 500 + 2000 + 10);
  });

  it('leaves variables that do not coerce to execution', () => {
    expect(cost('query($n: Int!) { products(first: $n) { nodes { id } } }', { n: 'many' })).toBeNull();
  });
});
