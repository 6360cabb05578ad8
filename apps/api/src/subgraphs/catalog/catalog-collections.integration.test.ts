import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import {
  availableSql,
  createCatalogTestApi,
  hasVariant,
  idOf,
  type Filter,
  type PageInfo,
  type ProductPage,
} from './catalog-test-api.js';

// Collections through the gateway: a collection's products in merchandised order, narrowed by
// filters, with facet counts; and the list of collections paged A to Z.

const api = useTestStack();
const { select, count, query } = createCatalogTestApi(api);

const optionIs = (name: string, value: string) => sql`v.options @> ${JSON.stringify([{ name, value }])}::jsonb`;

describe('collection products', () => {
  const COLLECTION = 'apparel';
  let collectionId = 0;

  beforeAll(async () => {
    const [row] = await select<{ id: number }>(
      sql`select id::int from catalog.collections where handle = ${COLLECTION}`,
    );
    collectionId = row!.id;
  });

  const inCollection = (condition: SQL = sql`true`) => sql`
    select 1 from catalog.products p
    join catalog.collection_products cp on cp.product_id = p.id and cp.collection_id = ${collectionId}
    where ${condition}`;

  /** totalCount for each filter list, in one request (aliases stay under the gateway's limit of 30). */
  async function totals(filterLists: unknown[][], search?: string): Promise<number[]> {
    const result: number[] = [];
    for (let start = 0; start < filterLists.length; start += 25) {
      const chunk = filterLists.slice(start, start + 25);
      const declarations = chunk.map((_, i) => `$f${i}: [ProductFilter!]`).join(', ');
      const fields = chunk.map((_, i) => `c${i}: products(first: 0, filters: $f${i}) { totalCount }`).join('\n');
      const variables = Object.fromEntries(chunk.map((filters, i) => [`f${i}`, filters]));
      if (search == null) {
        const data = await query<{ collection: Record<string, { totalCount: number }> }>(
          `query(${declarations}) { collection(handle: "${COLLECTION}") { ${fields} } }`,
          variables,
        );
        result.push(...chunk.map((_, i) => data.collection[`c${i}`]!.totalCount));
      } else {
        const searchFields = chunk
          .map((_, i) => `c${i}: search(query: $q, first: 0, filters: $f${i}) { totalCount }`)
          .join('\n');
        const data = await query<Record<string, { totalCount: number }>>(
          `query($q: String!, ${declarations}) { ${searchFields} }`,
          { ...variables, q: search },
        );
        result.push(...chunk.map((_, i) => data[`c${i}`]!.totalCount));
      }
    }
    return result;
  }

  async function facets(filters: unknown[] = []): Promise<Filter[]> {
    const data = await query<{ collection: { products: ProductPage } }>(
      `query($filters: [ProductFilter!]) {
      collection(handle: "${COLLECTION}") { products(first: 0, filters: $filters) { filters { id label type values { id label count input } } } }
    }`,
      { filters },
    );
    return data.collection.products.filters;
  }

  it('sorts RELEVANCE by merchandised position, and reverse flips it', async () => {
    const positions = await select<{ id: number }>(sql`
      select product_id::int as id from catalog.collection_products where collection_id = ${collectionId} order by position, product_id`);
    const ids: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages++) {
      const data: { collection: { products: ProductPage } } = await query(
        `query($after: String) {
        collection(handle: "${COLLECTION}") { products(first: 50, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }
      }`,
        { after },
      );
      ids.push(...data.collection.products.nodes.map((node) => idOf(node.id)));
      after = data.collection.products.pageInfo.endCursor;
    }
    expect(ids).toEqual(positions.slice(0, 150).map((row) => row.id));

    const reversed = await query<{ collection: { products: ProductPage } }>(`{
      collection(handle: "${COLLECTION}") { products(first: 50, reverse: true) { nodes { id } } }
    }`);
    expect(reversed.collection.products.nodes.map((node) => idOf(node.id))).toEqual(
      positions
        .slice(-50)
        .reverse()
        .map((row) => row.id),
    );
  });

  it('narrows totalCount with each filter to exactly what the tables hold', async () => {
    const [top] = await select<{ vendor: string }>(sql`
      select p.vendor from catalog.products p
      join catalog.collection_products cp on cp.product_id = p.id and cp.collection_id = ${collectionId}
      group by p.vendor order by count(*) desc, p.vendor limit 1`);
    const vendor = top!.vendor;
    const cases: Array<[unknown[], SQL]> = [
      [[], sql`true`],
      [[{ productVendor: vendor }], sql`p.vendor = ${vendor}`],
      [[{ variantOption: { name: 'Size', value: 'M' } }], hasVariant(sql`p.id`, optionIs('Size', 'M'))],
      [
        [{ variantOption: { name: 'Size', value: 'M' } }, { variantOption: { name: 'Size', value: 'XXL' } }],
        hasVariant(sql`p.id`, sql`(${optionIs('Size', 'M')} or ${optionIs('Size', 'XXL')})`),
      ],
      [[{ price: { min: 20, max: 50 } }], hasVariant(sql`p.id`, sql`v.price between 20 and 50`)],
      [[{ price: { min: 100 } }], hasVariant(sql`p.id`, sql`v.price >= 100`)],
      [[{ available: true }], availableSql(sql`p.id`)],
      [[{ available: false }], sql`not ${availableSql(sql`p.id`)}`],
      [[{ tag: 'sale' }], sql`'sale' = any(p.tags)`],
      [[{ tag: 'sale' }, { tag: 'winter' }], sql`p.tags && array['sale', 'winter']`],
      [
        [
          { productVendor: vendor },
          { variantOption: { name: 'Size', value: 'M' } },
          { variantOption: { name: 'Color', value: 'Black' } },
          { price: { max: 80 } },
        ],
        sql`p.vendor = ${vendor} and ${hasVariant(sql`p.id`, sql`${optionIs('Size', 'M')} and ${optionIs('Color', 'Black')} and v.price <= 80`)}`,
      ],
    ];
    const actual = await totals(cases.map(([filters]) => filters));
    const expected = await Promise.all(cases.map(([, condition]) => count(inCollection(condition))));
    expect(actual).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(5);
  });

  it('counts each facet value exactly as applying it would', async () => {
    const list = await facets();
    expect(list.map((facet) => facet.id)).toEqual(
      expect.arrayContaining(['filter.p.vendor', 'filter.v.option.size', 'filter.v.option.color']),
    );
    const values = list.flatMap((facet) => facet.values);
    expect(await totals(values.map((value) => [value.input]))).toEqual(values.map((value) => value.count));

    const vendors = await select<{ vendor: string; count: number }>(sql`
      select p.vendor, count(*)::int as count from catalog.products p
      join catalog.collection_products cp on cp.product_id = p.id and cp.collection_id = ${collectionId}
      group by p.vendor`);
    const vendorFacet = list.find((facet) => facet.id === 'filter.p.vendor')!;
    expect(Object.fromEntries(vendorFacet.values.map((value) => [value.label, value.count]))).toEqual(
      Object.fromEntries(vendors.map((row) => [row.vendor, row.count])),
    );
  });

  it('keeps facet counts disjunctive within a group and conjunctive across groups', async () => {
    const black = { variantOption: { name: 'Color', value: 'Black' } };
    const list = await facets([black]);
    const sizes = list.find((facet) => facet.id === 'filter.v.option.size')!;
    expect(sizes.values.length).toBeGreaterThan(3);
    // Each size counts products with one variant that is both that size and black.
    expect(await totals(sizes.values.map((value) => [black, value.input]))).toEqual(
      sizes.values.map((value) => value.count),
    );
    const expected = await Promise.all(
      sizes.values.map((value) =>
        count(
          inCollection(hasVariant(sql`p.id`, sql`${optionIs('Size', value.label)} and ${optionIs('Color', 'Black')}`)),
        ),
      ),
    );
    expect(sizes.values.map((value) => value.count)).toEqual(expected);

    // Colours ignore the colour selection: ticking Black still shows how many are Red.
    const colors = list.find((facet) => facet.id === 'filter.v.option.color')!;
    const unfiltered = (await facets()).find((facet) => facet.id === 'filter.v.option.color')!;
    expect(colors.values).toEqual(unfiltered.values);

    // Two vendors ticked: each vendor's count is unchanged, and the total is their sum.
    const vendors = (await facets()).find((facet) => facet.id === 'filter.p.vendor')!.values;
    const [a, b] = [vendors[0]!, vendors[1]!];
    const withA = (await facets([a.input])).find((facet) => facet.id === 'filter.p.vendor')!.values;
    expect(withA.find((value) => value.id === b.id)?.count).toBe(b.count);
    expect(await totals([[a.input, b.input]])).toEqual([a.count + b.count]);
  });
});

describe('collections', () => {
  it('pages over every collection once, A to Z', async () => {
    const ids: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const data: { collections: { nodes: Array<{ id: string }>; pageInfo: PageInfo } } = await query(
        'query($after: String) { collections(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      ids.push(...data.collections.nodes.map((node) => idOf(node.id)));
      if (!data.collections.pageInfo.hasNextPage) break;
      after = data.collections.pageInfo.endCursor;
    }
    const expected = await select<{ id: number }>(sql`select id::int from catalog.collections order by title, id`);
    expect(ids).toEqual(expected.map((row) => row.id));
  });
});
