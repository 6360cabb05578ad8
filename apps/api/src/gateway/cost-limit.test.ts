import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost, MAX_COST } from './cost-limit.js';

const cost = (query: string, variables?: Record<string, unknown>) => estimateCost(parse(query), variables);

describe('estimateCost', () => {
  it('counts one object per selected object field', () => {
    expect(cost('{ shop { name } }')).toBe(1);
    expect(cost('{ product(handle: "x") { title featuredImage { url } } }')).toBe(2);
  });

  it('multiplies a connection page through edges and nodes', () => {
    // products connection (1) + 24 nodes + 24 × (variants connection (1) + 10 nodes)
    expect(cost('{ products(first: 24) { nodes { id variants(first: 10) { nodes { id } } } } }')).toBe(1 + 24 + 24 * (1 + 10));
    expect(cost('{ products(first: 24) { edges { node { id } } pageInfo { hasNextPage } } }')).toBe(1 + 24 + 24 + 1);
  });

  it('reads page sizes from variables, `last`, `ids`, and assumes the default page without them', () => {
    expect(cost('query($n: Int) { products(first: $n) { nodes { id } } }', { n: 5 })).toBe(6);
    expect(cost('{ products(last: 3) { nodes { id } } }')).toBe(4);
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id ... on Product { featuredImage { url } } } }')).toBe(3 + 3);
    expect(cost('{ products { nodes { id } } }')).toBe(21);
    // Oversized pages count as the cap: the subgraph answers them with BAD_USER_INPUT.
    expect(cost('{ products(first: 100000) { nodes { id } } }')).toBe(251);
  });

  it('follows fragments', () => {
    expect(cost('{ products(first: 10) { ...P } } fragment P on ProductConnection { nodes { id } }')).toBe(11);
  });

  it('lets a storefront listing through and refuses a catalog dump', () => {
    const listing = '{ collection(handle: "c") { products(first: 24) { filters { values { count } } nodes { images(first: 5) { nodes { url } } variants(first: 10) { nodes { image { url } } } } } } }';
    expect(cost(listing)).toBeLessThan(1000);
    expect(cost('{ products(first: 250) { nodes { variants(first: 250) { nodes { id } } } } }')).toBeGreaterThan(MAX_COST);
  });
});
