import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../../platform/db/client.js';
import { statementCount } from '../../../platform/db/statement-counter.js';
import type { CatalogContext } from '../context.js';
import { createLoaders } from '../loaders.js';
import { buildSearchQuery } from '../search.js';
import { toFacets } from './facets.js';
import { emptyFilters } from './filters.js';
import { createProductListing } from './listing.js';
import { countProducts, findFacetRows, findProductPage, type FacetRow } from './repository.js';
import { productSort, type ProductListScope } from './sql.js';

// Broad searches answer exactly what the plain, unoptimised SQL answers: the page (ids, ranks,
// order), the count and every facet row. The repository ranks ids before reading rows, counts
// facets from the scope read once and option values from each product's option pairs (ADR 0013);
// the reference queries below do none of that.

const database = connectDatabase(inject('databaseUrl'), { max: 2 });
const db = database.db;
afterAll(() => database.close());

const byJson = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).sort();

async function referenceFacets(tsquery: string): Promise<FacetRow[]> {
  const rows = await db.execute<FacetRow>(sql`
    with matched as (select * from catalog.products where search_vector @@ ${tsquery}::tsquery)
    select 'availability' as facet, null::text as name, available::text as value, count(*)::int as count, null::text as upper
    from matched group by 3
    union all select 'productType', null, product_type, count(*)::int, null from matched group by 3
    union all select 'vendor', null, vendor, count(*)::int, null from matched group by 3
    union all (select 'tag', null, tag, count(*)::int, null from matched cross join unnest(tags) as tag
               group by tag order by count(*) desc, tag limit 30)
    union all select 'price', null, min(price_min)::text, count(*)::int, max(price_max)::text from matched having count(*) > 0
    union all select 'option', o->>'name', o->>'value', count(distinct matched.id)::int, null
    from matched join catalog.variants v on v.product_id = matched.id cross join jsonb_array_elements(v.options) as o
    group by 2, 3`);
  return [...rows];
}

describe('broad searches', () => {
  it.each(['sneakers', 'blue', 'cotton', 'snekers', 'leather'])(
    '"%s": the same page, count and facets as the plain SQL',
    async (words) => {
      const tsquery = await buildSearchQuery(db, words);
      expect(tsquery).not.toBeNull();
      const scope: ProductListScope = { collectionId: null, tsquery, titleContains: [] };
      const filters = emptyFilters();

      const page = await findProductPage(db, scope, filters, productSort(scope, 'RELEVANCE', false), {
        size: 24,
        backward: false,
        cursor: null,
      });
      const expectedPage = await db.execute<{ id: number; rank: string }>(sql`
        select id::int, round(ts_rank(search_vector, ${tsquery}::tsquery)::numeric, 6)::text as rank
        from catalog.products where search_vector @@ ${tsquery}::tsquery
        order by round(ts_rank(search_vector, ${tsquery}::tsquery)::numeric, 6) desc, id desc limit 25`);
      expect(page.map((row) => ({ id: row.id, rank: row.sortValue }))).toEqual([...expectedPage]);

      const [expectedCount] = await db.execute<{ count: number }>(sql`
        select count(*)::int as count from catalog.products where search_vector @@ ${tsquery}::tsquery`);
      expect(expectedCount!.count).toBeGreaterThan(24);
      expect(await countProducts(db, scope, filters)).toBe(expectedCount!.count);

      const facets = await findFacetRows(db, scope, filters);
      expect(facets.some((row) => row.facet === 'option')).toBe(true);
      expect(byJson(facets)).toEqual(byJson(await referenceFacets(tsquery!)));
    },
  );

  it('each product’s option pairs are exactly the distinct option values of its variants', async () => {
    const differenceIn = (executor: Pick<typeof db, 'execute'>) =>
      executor.execute(sql`
        with pairs as (
          select p.id as product_id, pair.name, pair.value
          from catalog.products p cross join unnest(p.option_names, p.option_values) as pair (name, value)
        ), expected as (
          select distinct v.product_id, o->>'name' as name, o->>'value' as value
          from catalog.variants v cross join jsonb_array_elements(v.options) o
        )
        (select * from pairs except all select * from expected)
        union all
        (select * from expected except all select * from pairs)`);
    expect([...(await differenceIn(db))]).toEqual([]);
    // Changed, added and removed variants keep them exact, inside the writing transaction.
    await db
      .transaction(async (tx) => {
        const [variant] = await tx.execute<{ id: number; product_id: number }>(
          sql`select id::int, product_id::int from catalog.variants order by id limit 1`,
        );
        await tx.execute(
          sql`update catalog.variants set options = '[{"name": "Finish", "value": "Matte"}]' where id = ${variant!.id}`,
        );
        await tx.execute(sql`
          insert into catalog.variants (product_id, position, title, price, options)
          values (${variant!.product_id}, 999, 'Extra', 1, '[{"name": "Finish", "value": "Gloss"}]')`);
        expect([
          ...(await tx.execute(sql`select pair.value from catalog.products p
            cross join unnest(p.option_names, p.option_values) as pair (name, value)
            where p.id = ${variant!.product_id} and pair.name = 'Finish'`)),
        ]).toEqual([{ value: 'Gloss' }, { value: 'Matte' }]);
        await tx.execute(
          sql`delete from catalog.variants where product_id = ${variant!.product_id} and position = 999`,
        );
        expect([...(await differenceIn(tx))]).toEqual([]);
        // Deleting a product deletes its variants by cascade; their trigger must not trip over it.
        await tx.execute(sql`delete from catalog.products where id = ${variant!.product_id}`);
        expect([...(await differenceIn(tx))]).toEqual([]);
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect([...(await differenceIn(db))]).toEqual([]);
  });
});

// A search request as the resolver runs it: edges, totalCount and filters asked in one pass share
// one read of the match (ADR 0013). Every page, count and facet must still be what plain SQL says,
// through cursors both ways, another sort, typo terms and zero hits.
describe('a search with nothing ticked, through the listing', () => {
  const context = () =>
    ({ db, loaders: createLoaders(db, { batch: true }) }) as Pick<CatalogContext, 'db' | 'loaders'> as CatalogContext;

  async function search(
    words: string,
    page: { first?: number; after?: string; last?: number; before?: string },
    sortKey: 'RELEVANCE' | 'PRICE' = 'RELEVANCE',
    reverse = false,
  ) {
    const tsquery = await buildSearchQuery(db, words);
    const listing = createProductListing(context(), {
      scope: tsquery == null ? null : { collectionId: null, tsquery, titleContains: [] },
      filters: emptyFilters(),
      sortKey,
      reverse,
      page,
    });
    const before = statementCount();
    // Asked in one pass, as GraphQL resolves a connection's fields.
    const [connection, totalCount, filters] = await Promise.all([
      listing.connection(),
      listing.totalCount(),
      listing.filters(),
    ]);
    const statements = statementCount() - before;
    return {
      tsquery: tsquery!,
      connection,
      totalCount,
      filters,
      statements,
      ids: connection.nodes.map((node) => node.id),
    };
  }

  /** Every match's id in list order, by the plain statement. */
  async function referenceOrder(tsquery: string, order: 'rank' | 'price desc'): Promise<number[]> {
    const orderBy =
      order === 'rank'
        ? sql`round(ts_rank(search_vector, ${tsquery}::tsquery)::numeric, 6) desc, id desc`
        : sql`price_min desc, id desc`;
    const rows = await db.execute<{ id: number }>(
      sql`select id::int from catalog.products where search_vector @@ ${tsquery}::tsquery order by ${orderBy}`,
    );
    return rows.map((row) => row.id);
  }

  it.each(['sneakers', 'snekers', 'hoody', 'backpak', 'wool socks', 'leather boots', 'rain jacket'])(
    '"%s": pages both ways, the count and the facets equal the plain SQL, from two statements',
    async (words) => {
      const first = await search(words, { first: 24 });
      const all = await referenceOrder(first.tsquery, 'rank');
      expect(all.length).toBeGreaterThan(0);
      expect(first.ids).toEqual(all.slice(0, 24));
      expect(first.connection.pageInfo.hasNextPage).toBe(all.length > 24);
      expect(first.totalCount).toBe(all.length);
      expect(first.filters).toEqual(toFacets(await referenceFacets(first.tsquery)));
      // The summary (count, facets, ranked ids) and the page's rows by id, where page, count
      // and facets were three statements (buildSearchQuery, before them, is not counted here).
      expect(first.statements).toBe(2);
      if (all.length <= 24) return;

      const second = await search(words, { first: 24, after: first.connection.pageInfo.endCursor! });
      expect(second.ids).toEqual(all.slice(24, 48));
      expect(second.totalCount).toBe(all.length);
      const back = await search(words, { last: 24, before: second.connection.pageInfo.startCursor! });
      expect(back.ids).toEqual(all.slice(0, 24));
      expect(back.connection.pageInfo.hasPreviousPage).toBe(false);
    },
  );

  it('another sort pages the same as the plain SQL', async () => {
    const first = await search('sneakers', { first: 24 }, 'PRICE', true);
    const all = await referenceOrder(first.tsquery, 'price desc');
    expect(first.ids).toEqual(all.slice(0, 24));
    const second = await search('sneakers', { first: 24, after: first.connection.pageInfo.endCursor! }, 'PRICE', true);
    expect(second.ids).toEqual(all.slice(24, 48));
  });

  it('a word nothing matches: no products, a zero count, no facets', async () => {
    const none = await search('qwxzvbk', { first: 24 });
    expect(none.ids).toEqual([]);
    expect(none.totalCount).toBe(0);
    expect(none.filters).toEqual([]);
    expect(none.connection.pageInfo.hasNextPage).toBe(false);
  });

  it('a part asked alone runs alone, with the same answer', async () => {
    const tsquery = await buildSearchQuery(db, 'sneakers');
    const listing = createProductListing(context(), {
      scope: { collectionId: null, tsquery, titleContains: [] },
      filters: emptyFilters(),
      sortKey: 'RELEVANCE',
      reverse: false,
      page: { first: 24 },
    });
    expect(await listing.totalCount()).toBe((await referenceOrder(tsquery!, 'rank')).length);
    expect((await listing.connection()).nodes.map((node) => node.id)).toEqual(
      (await referenceOrder(tsquery!, 'rank')).slice(0, 24),
    );
  });
});

class Rollback extends Error {}
