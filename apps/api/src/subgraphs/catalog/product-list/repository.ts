import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../../platform/db/client.js';
import { withoutGroup, type FilterGroup, type ProductFilters } from './filters.js';
import {
  filterConditions,
  isUnfiltered,
  productConditions,
  productLevelConditions,
  scopeConditions,
  variantConditions,
  type ProductListScope,
  type ProductSort,
} from './sql.js';
import type { KeysetCursor } from './cursor.js';
import { collectionProducts, productColumns, products, variants, type ProductRow } from '../tables.js';

export interface ProductPageRow extends ProductRow {
  sortValue: string;
}

/**
 * One page of products by keyset: rows after (or, backward, before) the cursor, fetching one
 * row more than asked to learn whether another page follows. Backward pages come in reverse.
 */
export async function findProductPage(
  db: Db,
  scope: ProductListScope,
  filters: ProductFilters,
  sort: ProductSort,
  page: { size: number; backward: boolean; cursor: KeysetCursor | null },
): Promise<ProductPageRow[]> {
  const descending = sort.descending !== page.backward;
  const direction = sql.raw(descending ? 'desc' : 'asc');
  const conditions = [productConditions(scope, filters)];
  if (page.cursor) {
    const comparison = sql.raw(descending ? '<' : '>');
    conditions.push(
      sql`(${sort.expression}, ${products.id}) ${comparison} (${page.cursor.v}::${sql.raw(sort.cast)}, ${page.cursor.id})`,
    );
  }
  const order = [sql`${sort.expression} ${direction}`, sql`${products.id} ${direction}`];
  const fields = { product: productColumns, sortValue: sql<string>`(${sort.expression})::text` };
  const where = sql.join(conditions, sql` and `);
  // A search ranks its matches by ids alone, then reads the page's wide rows: sorting hundreds
  // of whole rows (descriptions and all) cost more than the match itself (ADR 0013).
  const rows =
    scope.tsquery == null
      ? await selectInScope(db, scope, fields)
          .where(where)
          .orderBy(...order)
          .limit(page.size + 1)
      : await selectInScope(db, scope, fields)
          .where(
            sql`${products.id} in (${selectInScope(db, scope, { id: products.id })
              .where(where)
              .orderBy(...order)
              .limit(page.size + 1)})`,
          )
          .orderBy(...order);
  return rows.map((row) => ({ ...row.product, sortValue: row.sortValue }));
}

export async function countProducts(db: Db, scope: ProductListScope, filters: ProductFilters): Promise<number> {
  const [row] = await selectInScope(db, scope, { count: sql<number>`count(*)::int` }).where(
    productConditions(scope, filters),
  );
  return row?.count ?? 0;
}

const facetRow = z.object({
  /** availability | productType | vendor | tag | price | option */
  facet: z.string(),
  /** Option name for option facets. */
  name: z.string().nullable(),
  value: z.string().nullable(),
  count: z.number().int(),
  /** Price facet: the highest price (value holds the lowest). */
  upper: z.string().nullable(),
});
export type FacetRow = z.infer<typeof facetRow>;

const TOP_TAGS = 30;

/**
 * Counts for every facet of the list in one statement. Each group is counted with the other
 * groups' selections applied but not its own, so ticking "Blue" still shows how many red items
 * there are: the counts are exact for what the shopper would get by ticking that value.
 */
export async function findFacetRows(db: Db, scope: ProductListScope, filters: ProductFilters): Promise<FacetRow[]> {
  if (isUnfiltered(filters)) {
    const { facets } = await findListSummary(db, scope, { count: false, facets: true, page: null });
    return facets!;
  }
  // The scope (a full-text match, a collection) is evaluated once into `scoped`; each facet
  // branch then filters those ids, instead of repeating the text match six times.
  const inScope = sql`${products.id} in (select id from scoped)`;
  const where = (group: FilterGroup) =>
    sql.join([inScope, ...filterConditions(withoutGroup(filters, group))], sql` and `);
  const byColumn = (facet: FilterGroup, column: SQL) => sql`
    select ${facet} as facet, null::text as name, ${column}::text as value, count(*)::int as count, null::text as upper
    from ${products} where ${where(facet)} group by 3`;
  const optionName = sql`option_value->>'name'`;
  const optionVariant = variantConditions(filters, optionName);
  const optionWhere = sql.join(
    [inScope, ...productLevelConditions(filters), ...(optionVariant ? [optionVariant] : [])],
    sql` and `,
  );
  // With no variant-level selection, a product counts for a value when any of its variants has
  // it: exactly its option pairs, unnested from the rows already read, instead of every variant's
  // options jsonb unpacked and counted distinct (ADR 0013).
  const optionFacet = optionVariant
    ? sql`
      select 'option', ${optionName}, option_value->>'value', count(distinct ${products.id})::int, null
      from ${products}
      join ${variants} on ${variants.productId} = ${products.id}
      cross join jsonb_array_elements(${variants.options}) as option_value
      where ${optionWhere}
      group by 2, 3`
    : sql`
      select 'option', pair.name, pair.value, count(*)::int, null
      from ${products} cross join unnest(${products.optionNames}, ${products.optionValues}) as pair (name, value)
      where ${optionWhere}
      group by 2, 3`;
  const rows = await db.execute(sql`
    /* findFacetRows */
    with scoped as materialized (
      ${selectInScope(db, scope, { id: products.id }).where(sql.join(scopeConditions(scope), sql` and `))}
    )
    ${byColumn('availability', sql`${products.available}`)}
    union all ${byColumn('productType', sql`${products.productType}`)}
    union all ${byColumn('vendor', sql`${products.vendor}`)}
    union all (
      select 'tag', null, tag, count(*)::int, null
      from ${products} cross join unnest(${products.tags}) as tag
      where ${where('tag')} group by tag order by count(*) desc, tag limit ${TOP_TAGS})
    union all
      select 'price', null, min(${products.priceMin})::text, count(*)::int, max(${products.priceMax})::text
      from ${products} where ${where('price')} having count(*) > 0
    union all ${optionFacet}`);
  return z.array(facetRow).parse([...rows]);
}

/** A ranked row of a search's page, read before its product row (`findListSummary`). */
export interface RankedId {
  id: number;
  sortValue: string;
}

/** What `findListSummary` is asked for; `page` only for a search (ranked in the same read). */
export interface SummaryParts {
  count: boolean;
  facets: boolean;
  page: { sort: ProductSort; size: number; backward: boolean; cursor: KeysetCursor | null } | null;
}

export interface ListSummary {
  count?: number;
  facets?: FacetRow[];
  /** In page order, one more than asked when another page follows (as `findProductPage`). */
  page?: RankedId[];
}

/**
 * The count, the facets and a search's ranked page of a list with nothing ticked, from ONE read
 * of its scope: the match is evaluated once into `scoped` (ids, facet columns, sort value) and
 * every part aggregates those rows, instead of three statements each matching again (ADR 0013).
 * With nothing ticked every facet group counts the scope itself. Rows come back in the facet
 * row shape: `count` holds the total, `page` rows hold id (value), order (count), sort value (upper).
 */
export async function findListSummary(db: Db, scope: ProductListScope, parts: SummaryParts): Promise<ListSummary> {
  const page = parts.page;
  const fields = {
    id: products.id,
    available: products.available,
    productType: products.productType,
    vendor: products.vendor,
    tags: products.tags,
    priceMin: products.priceMin,
    priceMax: products.priceMax,
    optionNames: products.optionNames,
    optionValues: products.optionValues,
    ...(page ? { sortValue: sql`${page.sort.expression}`.as('sort_value') } : {}),
  };
  // The CTE's columns keep the table's names.
  const column = (field: Exclude<keyof typeof fields, 'sortValue'>) =>
    sql`scoped.${sql.identifier(fields[field].name)}`;
  const byColumn = (facet: FilterGroup, field: 'available' | 'productType' | 'vendor') => sql`
    select ${facet}, null, ${column(field)}::text, count(*)::int, null from scoped group by 3`;
  const selects: SQL[] = [];
  if (parts.count) selects.push(sql`select 'count', null, null, count(*)::int, null from scoped`);
  if (parts.facets) {
    selects.push(
      byColumn('availability', 'available'),
      byColumn('productType', 'productType'),
      byColumn('vendor', 'vendor'),
      sql`(
        select 'tag', null, tag, count(*)::int, null
        from scoped cross join unnest(${column('tags')}) as tag
        group by tag order by count(*) desc, tag limit ${TOP_TAGS})`,
      sql`
        select 'price', null, min(${column('priceMin')})::text, count(*)::int, max(${column('priceMax')})::text
        from scoped having count(*) > 0`,
      sql`
        select 'option', pair.name, pair.value, count(*)::int, null
        from scoped cross join unnest(${column('optionNames')}, ${column('optionValues')}) as pair (name, value)
        group by 2, 3`,
    );
  }
  if (page) {
    const descending = page.sort.descending !== page.backward;
    const direction = sql.raw(descending ? 'desc' : 'asc');
    const after = page.cursor
      ? sql`(scoped.sort_value, scoped.id) ${sql.raw(descending ? '<' : '>')} (${page.cursor.v}::${sql.raw(page.sort.cast)}, ${page.cursor.id})`
      : sql`true`;
    const order = sql`scoped.sort_value ${direction}, scoped.id ${direction}`;
    selects.push(sql`(
      select 'page', null, scoped.id::text, (row_number() over (order by ${order}))::int, scoped.sort_value::text
      from scoped where ${after} order by ${order} limit ${page.size + 1})`);
  }
  const rows = await db.execute(sql`
    /* findListSummary */
    with scoped as materialized (
      ${selectInScope(db, scope, fields).where(sql.join(scopeConditions(scope), sql` and `))}
    )
    select * from (${sql.join(selects, sql` union all `)}) as parts (facet, name, value, count, upper)`);
  const parsed = z.array(facetRow).parse([...rows]);
  const summary: ListSummary = {};
  if (parts.count) summary.count = parsed.find((row) => row.facet === 'count')?.count ?? 0;
  if (parts.facets) summary.facets = parsed.filter((row) => row.facet !== 'count' && row.facet !== 'page');
  if (page) {
    summary.page = parsed
      .filter((row) => row.facet === 'page')
      .sort((a, b) => a.count - b.count)
      .map((row) => ({ id: Number(row.value), sortValue: row.upper! }));
  }
  return summary;
}

/** Selects from the scope's products: the one place a list joins its collection's membership. */
function selectInScope<T extends SelectedFields>(db: Db, scope: ProductListScope, fields: T) {
  const query = db.select(fields).from(products).$dynamic();
  if (scope.collectionId == null) return query;
  return query.innerJoin(
    collectionProducts,
    and(eq(collectionProducts.productId, products.id), eq(collectionProducts.collectionId, scope.collectionId)),
  );
}
