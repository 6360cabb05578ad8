import { sql, type SQL } from 'drizzle-orm';
import { collectionProducts, products, variants } from '../tables.js';
import type { ProductFilters } from './filters.js';

/** What a product list selects, before sorting and paging. */
export interface ProductListScope {
  /** Only products of this collection. */
  collectionId: number | null;
  /** A tsquery from `buildSearchQuery`; null when the list is not a text search. */
  tsquery: string | null;
  /** `title:` terms of the products query syntax (case-insensitive substring). */
  titleContains: string[];
}

export type ProductSortKey = 'RELEVANCE' | 'TITLE' | 'PRICE' | 'CREATED_AT' | 'BEST_SELLING';

export interface ProductSort {
  /** SQL of the sort value; the cursor stores its text form. */
  expression: SQL;
  /** Postgres type to read a cursor's text back as. */
  cast: 'numeric' | 'text' | 'timestamptz' | 'integer' | 'bigint';
  descending: boolean;
}

export function productSort(scope: ProductListScope, key: ProductSortKey, reverse: boolean): ProductSort {
  const sort = naturalSort(scope, key);
  return { ...sort, descending: sort.descending !== reverse };
}

function naturalSort(scope: ProductListScope, key: ProductSortKey): ProductSort {
  switch (key) {
    case 'TITLE':
      return { expression: sql`${products.title}`, cast: 'text', descending: false };
    case 'PRICE':
      return { expression: sql`${products.priceMin}`, cast: 'numeric', descending: false };
    case 'CREATED_AT':
      return { expression: sql`${products.createdAt}`, cast: 'timestamptz', descending: false };
    case 'BEST_SELLING':
      return { expression: sql`${products.unitsSold}`, cast: 'integer', descending: true };
    case 'RELEVANCE':
      if (scope.tsquery != null) {
        // Rounded so the value survives the trip through a cursor unchanged.
        return {
          expression: sql`round(ts_rank(${products.searchVector}, ${scope.tsquery}::tsquery)::numeric, 6)`,
          cast: 'numeric',
          descending: true,
        };
      }
      if (scope.collectionId != null)
        return { expression: sql`${collectionProducts.position}`, cast: 'integer', descending: false };
      // Neither a search nor a collection: newest first, as the schema documents.
      return { expression: sql`${products.createdAt}`, cast: 'timestamptz', descending: true };
  }
}

/** WHERE clause of the scope and every filter. */
export function productConditions(scope: ProductListScope, filters: ProductFilters): SQL {
  return sql.join([...scopeConditions(scope), ...filterConditions(filters)], sql` and `);
}

/** What the scope alone selects (the collection join is `selectInScope` in repository.ts). */
export function scopeConditions(scope: ProductListScope): SQL[] {
  const conditions: SQL[] = [sql`true`];
  if (scope.tsquery != null) conditions.push(sql`${products.searchVector} @@ ${scope.tsquery}::tsquery`);
  for (const term of scope.titleContains) conditions.push(sql`${products.title} ilike ${`%${escapeLike(term)}%`}`);
  return conditions;
}

/** True when no filter is ticked: every facet group then counts the scope itself. */
export function isUnfiltered(filters: ProductFilters): boolean {
  return filterConditions(filters).length === 0;
}

/** Every filter: product-level groups, then one variant that meets all variant-level groups. */
export function filterConditions(filters: ProductFilters): SQL[] {
  const conditions = productLevelConditions(filters);
  const variantCondition = variantConditions(filters);
  if (variantCondition) {
    conditions.push(
      sql`exists (select 1 from ${variants} where ${variants.productId} = ${products.id} and ${variantCondition})`,
    );
  }
  return conditions;
}

/** Product-level filters only (no variant clause), also for the option facet, which joins variants itself. */
export function productLevelConditions(filters: ProductFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.availability.length === 1) conditions.push(sql`${products.available} = ${filters.availability[0]}`);
  if (filters.productTypes.length) conditions.push(sql`${products.productType} in (${list(filters.productTypes)})`);
  if (filters.vendors.length) conditions.push(sql`${products.vendor} in (${list(filters.vendors)})`);
  if (filters.tags.length) conditions.push(sql`${products.tags} && array[${list(filters.tags)}]::text[]`);
  return conditions;
}

/**
 * Conditions one variant must meet: every selected option group and the price range.
 * `exceptOption` lets a facet count for an option ignore that option's own selection.
 */
export function variantConditions(filters: ProductFilters, exceptOption?: SQL): SQL | null {
  const conditions: SQL[] = [];
  for (const [name, values] of filters.options) {
    const anyValue = sql.join(
      values.map((value) => sql`${variants.options} @> ${JSON.stringify([{ name, value }])}::jsonb`),
      sql` or `,
    );
    conditions.push(exceptOption ? sql`(${exceptOption} = ${name} or ${anyValue})` : sql`(${anyValue})`);
  }
  if (filters.price?.min != null) conditions.push(sql`${variants.price} >= ${filters.price.min}`);
  if (filters.price?.max != null) conditions.push(sql`${variants.price} <= ${filters.price.max}`);
  return conditions.length ? sql.join(conditions, sql` and `) : null;
}

function list(values: readonly (string | number)[]): SQL {
  return sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
