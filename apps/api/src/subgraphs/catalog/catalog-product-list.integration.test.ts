import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { availableSql, createCatalogTestApi, idOf, type ProductNode, type ProductPage } from './catalog-test-api.js';

// The product list through the gateway: every sort key walked page by page, backward paging,
// the total count, and the query syntax.

const api = useTestStack();
const { select, count, query } = createCatalogTestApi(api);

describe('products', () => {
  type SortKey = 'RELEVANCE' | 'TITLE' | 'PRICE' | 'CREATED_AT' | 'BEST_SELLING';
  // The value each sort key orders by, from the tables: PRICE is the lowest variant price;
  // RELEVANCE without a search is newest first (as the schema documents).
  const sortValue: Record<SortKey, { expression: SQL; descending: boolean }> = {
    TITLE: { expression: sql`p.title`, descending: false },
    PRICE: {
      expression: sql`(select min(v.price) from catalog.variants v where v.product_id = p.id)`,
      descending: false,
    },
    CREATED_AT: { expression: sql`p.created_at`, descending: false },
    BEST_SELLING: { expression: sql`p.units_sold`, descending: true },
    RELEVANCE: { expression: sql`p.created_at`, descending: true },
  };

  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $query: String) {
    products(first: $first, after: $after, last: $last, before: $before, sortKey: $sortKey, reverse: $reverse, query: $query) {
      totalCount nodes { id title vendor productType tags } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const page = async (variables: Record<string, unknown>) =>
    (await query<{ products: ProductPage }>(PAGE, variables)).products;

  async function walk(variables: Record<string, unknown>, limit: number): Promise<number[]> {
    const ids: number[] = [];
    let after: string | null = null;
    for (;;) {
      const result: ProductPage = await page({ ...variables, after });
      ids.push(...result.nodes.map((node) => idOf(node.id)));
      if (!result.pageInfo.hasNextPage || ids.length >= limit) return ids;
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)!.cursor);
      after = result.pageInfo.endCursor;
    }
  }

  /** Sort values (as text) of the given products, and the first `limit` values in the expected order. */
  async function expectedOrder(sortKey: SortKey, reverse: boolean, limit: number) {
    const { expression, descending } = sortValue[sortKey];
    const direction = sql.raw(descending !== reverse ? 'desc' : 'asc');
    const all = await select<{ id: number; v: string }>(
      sql`select p.id::int, (${expression})::text as v from catalog.products p`,
    );
    const ordered = await select<{ v: string }>(sql`
      select (${expression})::text as v from catalog.products p order by ${expression} ${direction} limit ${limit}`);
    return { valueOf: new Map(all.map((row) => [row.id, row.v])), values: ordered.map((row) => row.v) };
  }

  it.each([
    ['TITLE', false],
    ['TITLE', true],
    ['PRICE', false],
    ['PRICE', true],
    ['CREATED_AT', false],
    ['CREATED_AT', true],
    ['BEST_SELLING', false],
    ['BEST_SELLING', true],
    ['RELEVANCE', false],
  ] as Array<[SortKey, boolean]>)('walks %s (reverse: %s) in order, each product once', async (sortKey, reverse) => {
    const limit = 300;
    const ids = await walk({ first: 50, sortKey, reverse }, limit);
    const expected = await expectedOrder(sortKey, reverse, limit);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => expected.valueOf.get(id))).toEqual(expected.values);
  });

  it('visits every product exactly once over all pages, across price ties', async () => {
    const ids = await walk({ first: 250, sortKey: 'PRICE' }, Infinity);
    const total = await count(sql`select 1 from catalog.products`);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
    const expected = await expectedOrder('PRICE', false, total);
    expect(ids.map((id) => expected.valueOf.get(id))).toEqual(expected.values);
  });

  it('pages backward with last/before to the page just before', async () => {
    const first = await page({ first: 50, sortKey: 'TITLE' });
    const second = await page({ first: 50, after: first.pageInfo.endCursor, sortKey: 'TITLE' });
    expect(second.pageInfo.hasPreviousPage).toBe(true);

    const back = await page({ last: 50, before: second.pageInfo.startCursor, sortKey: 'TITLE' });
    expect(back.nodes.map((node) => node.id)).toEqual(first.nodes.map((node) => node.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    const straddling = await page({ last: 20, before: second.edges[10]!.cursor, sortKey: 'TITLE' });
    expect(straddling.nodes.map((node) => node.id)).toEqual(
      [...first.nodes.slice(40), ...second.nodes.slice(0, 10)].map((node) => node.id),
    );
    expect(straddling.pageInfo.hasPreviousPage).toBe(true);

    const end = await page({ last: 30, sortKey: 'TITLE' });
    const tail = await select<{ title: string }>(
      sql`select title from (select title, id from catalog.products order by title desc, id desc limit 30) t order by title, id`,
    );
    expect(end.nodes.map((node) => node.title)).toEqual(tail.map((row) => row.title));
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('counts every product', async () => {
    expect((await page({ first: 1 })).totalCount).toBe(await count(sql`select 1 from catalog.products`));
  });

  it('filters with the query syntax exactly as the tables say', async () => {
    const [{ vendor }] = (await select<{ vendor: string }>(sql`
      select vendor from catalog.products where vendor like '% %' group by vendor order by (vendor like '%&%') desc, vendor limit 1`)) as [
      { vendor: string },
    ];
    const cases: Array<[string, SQL, (node: ProductNode) => boolean]> = [
      [`vendor:"${vendor}"`, sql`p.vendor = ${vendor}`, (node) => node.vendor === vendor],
      ['tag:sale', sql`'sale' = any(p.tags)`, (node) => node.tags.includes('sale')],
      ['product_type:Sneakers', sql`p.product_type = 'Sneakers'`, (node) => node.productType === 'Sneakers'],
      [
        'tag:sale product_type:Sneakers',
        sql`'sale' = any(p.tags) and p.product_type = 'Sneakers'`,
        (node) => node.tags.includes('sale'),
      ],
      ['available_for_sale:false', sql`not ${availableSql(sql`p.id`)}`, () => true],
      ['available_for_sale:true', availableSql(sql`p.id`), () => true],
      ['title:hoodie', sql`p.title ilike '%hoodie%'`, (node) => /hoodie/i.test(node.title)],
    ];
    for (const [text, condition, holds] of cases) {
      const result = await page({ first: 100, query: text });
      const expected = await count(sql`select 1 from catalog.products p where ${condition}`);
      expect(expected, text).toBeGreaterThan(0);
      expect(result.totalCount, text).toBe(expected);
      expect(result.nodes.length, text).toBe(Math.min(100, expected));
      expect(result.nodes.every(holds), text).toBe(true);
    }
    const soldOut = await page({ first: 100, query: 'available_for_sale:false' });
    const soldOutIds = soldOut.nodes.map((node) => idOf(node.id));
    expect(
      await count(
        sql`select 1 from catalog.products p where p.id = any(${`{${soldOutIds.join(',')}}`}::bigint[]) and ${availableSql(sql`p.id`)}`,
      ),
    ).toBe(0);
  });
});
