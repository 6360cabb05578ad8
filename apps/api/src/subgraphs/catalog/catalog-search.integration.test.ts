import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { graphql, useTestStack } from '../../test/stack.js';
import { createCatalogTestApi, type ProductPage } from './catalog-test-api.js';

// Search through the gateway: typos, paging across equal ranks, odd input, and facets.

const api = useTestStack();
const { count, query } = createCatalogTestApi(api);

describe('search', () => {
  const SEARCH = `query($q: String!, $first: Int) {
    search(query: $q, first: $first) { totalCount nodes { id title } filters { id values { label count input } } }
  }`;
  const search = async (q: string, first = 20) => (await query<{ search: ProductPage }>(SEARCH, { q, first })).search;

  it.each([
    ['snekers', /sneakers/i],
    ['hoody', /hoodie/i],
    ['backpak', /backpack/i],
  ])('reads the typo "%s" and ranks matching titles first', async (q, title) => {
    const result = await search(q);
    expect(result.nodes).toHaveLength(20);
    for (const node of result.nodes) expect(node.title).toMatch(title);
    const titled = await count(sql`select 1 from catalog.products where title ~* ${title.source}`);
    expect(result.totalCount).toBeGreaterThanOrEqual(titled);
  });

  it('pages through every result once, across equal ranks', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 20; pages++) {
      const data: { search: ProductPage } = await query(
        'query($after: String) { search(query: "leather", first: 250, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      total = data.search.totalCount;
      ids.push(...data.search.nodes.map((node) => node.id));
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(250);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('narrows with more words', async () => {
    const boots = await search('boots');
    const leatherBoots = await search('leather boots');
    expect(leatherBoots.totalCount).toBeGreaterThan(0);
    expect(leatherBoots.totalCount).toBeLessThan(boots.totalCount);
    expect(leatherBoots.nodes[0]!.title).toMatch(/leather.*boots/i);
  });

  it.each([
    [''],
    ['   '],
    ['%%%'],
    ["'; drop table catalog.products; --"],
    ['👟🔥 😀'],
    ['x'.repeat(500)],
    ['a:b:c'],
    ['"unbalanced'],
    ['\\'],
    ['(a | b) & !c'],
    ['sneakers:*'],
  ])('answers the odd query %j with a valid result', async (q) => {
    const response = await graphql<{ search: ProductPage }>(api.gateway, SEARCH, { q, first: 5 });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.totalCount).toBeGreaterThanOrEqual(0);
    expect(response.data!.search.nodes.length).toBeLessThanOrEqual(5);
    expect(await count(sql`select 1 from catalog.products`)).toBeGreaterThan(0);
  });

  it('returns facets whose counts match applying them', async () => {
    const result = await search('boots');
    const vendors = result.filters.find((facet) => facet.id === 'filter.p.vendor');
    expect(vendors?.values.length).toBeGreaterThan(1);
    const filterLists = vendors!.values.map((value) => [value.input]);
    const data = await Promise.all(
      filterLists.map((filters) =>
        query<{ search: { totalCount: number } }>(
          'query($f: [ProductFilter!]) { search(query: "boots", first: 0, filters: $f) { totalCount } }',
          { f: filters },
        ),
      ),
    );
    expect(data.map((item) => item.search.totalCount)).toEqual(vendors!.values.map((value) => value.count));
    expect(vendors!.values.reduce((sum, value) => sum + value.count, 0)).toBe(result.totalCount);
  });
});
