import { sql, type SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import { productColumns, products } from '../../apps/api/src/subgraphs/catalog/tables.js';

/** A statement as sent: text and parameters, replayed under EXPLAIN. */
export interface Statement {
  label: string;
  text: string;
  params: unknown[];
}

// The session the API ran with before ADR 0013 (the server's defaults): JIT on, and a random
// page priced at 4 sequential ones, so a broad search scanned all of products.
export const BASELINE_SESSION = { jit: 'on', random_page_cost: '4' } as const;

/**
 * What a broad search with facets sent before ADR 0013 (commit 8eaeaf3^ of product-list/
 * repository.ts, nothing ticked, first page, RELEVANCE), after `buildSearchQuery`: the page with
 * whole rows ranked and sorted, the count, and the facets with every matching variant's options
 * unpacked. Kept here, not in the API, so one bench run measures before and after side by side.
 */
export function baselineStatements(dialect: PgDialect, tsquery: string, pageSize: number): Statement[] {
  const rank = sql`round(ts_rank(${products.searchVector}, ${tsquery}::tsquery)::numeric, 6)`;
  const match = sql`true and ${products.searchVector} @@ ${tsquery}::tsquery`;
  const inScope = sql`${products.id} in (select id from scoped)`;
  const byColumn = (facet: string, column: SQL) => sql`
    select ${facet} as facet, null::text as name, ${column}::text as value, count(*)::int as count, null::text as upper
    from ${products} where ${inScope} group by 3`;
  const fields = Object.entries(productColumns).map(([key, column]) => sql`${column} as ${sql.identifier(key)}`);
  const statements: Array<[string, SQL]> = [
    [
      'page',
      sql`select ${sql.join(fields, sql`, `)}, (${rank})::text from ${products} where ${match}
          order by ${rank} desc, ${products.id} desc limit ${pageSize + 1}`,
    ],
    ['count', sql`select count(*)::int from ${products} where ${match}`],
    [
      'facets',
      sql`
    /* findFacetRows */
    with scoped as materialized (select ${products.id} from ${products} where ${match})
    ${byColumn('availability', sql`${products.available}`)}
    union all ${byColumn('productType', sql`${products.productType}`)}
    union all ${byColumn('vendor', sql`${products.vendor}`)}
    union all (
      select 'tag', null, tag, count(*)::int, null
      from ${products} cross join unnest(${products.tags}) as tag
      where ${inScope} group by tag order by count(*) desc, tag limit 30)
    union all
      select 'price', null, min(${products.priceMin})::text, count(*)::int, max(${products.priceMax})::text
      from ${products} where ${inScope} having count(*) > 0
    union all
      select 'option', option_value->>'name', option_value->>'value', count(distinct ${products.id})::int, null
      from ${products}
      join catalog.variants on catalog.variants.product_id = ${products.id}
      cross join jsonb_array_elements(catalog.variants.options) as option_value
      where ${inScope}
      group by 2, 3`,
    ],
  ];
  return statements.map(([label, statement]) => {
    const query = dialect.sqlToQuery(statement);
    return { label, text: query.sql, params: query.params };
  });
}
