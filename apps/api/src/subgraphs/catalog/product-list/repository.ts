import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../../platform/db/client.js';
import { withoutGroup, type FilterGroup, type ProductFilters } from './filters.js';
import {
  filterConditions,
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
  const rows = await selectInScope(db, scope, {
    product: productColumns,
    sortValue: sql<string>`(${sort.expression})::text`,
  })
    .where(sql.join(conditions, sql` and `))
    .orderBy(sql`${sort.expression} ${direction}`, sql`${products.id} ${direction}`)
    .limit(page.size + 1);
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
    union all
      select 'option', ${optionName}, option_value->>'value', count(distinct ${products.id})::int, null
      from ${products}
      join ${variants} on ${variants.productId} = ${products.id}
      cross join jsonb_array_elements(${variants.options}) as option_value
      where ${optionWhere}
      group by 2, 3`);
  return z.array(facetRow).parse([...rows]);
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
