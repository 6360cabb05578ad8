import {
  decodeCursor,
  pageRequest,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../../platform/graphql/pagination.js';
import type { CatalogContext } from '../context.js';
import { toFacets, type Facet } from './facets.js';
import type { ProductFilters } from './filters.js';
import { fitsSort, productCursor } from './cursor.js';
import {
  countProducts,
  findFacetRows,
  findListSummary,
  findProductPage,
  type ListSummary,
  type ProductPageRow,
  type RankedId,
} from './repository.js';
import { isUnfiltered, productSort, type ProductListScope, type ProductSortKey } from './sql.js';
import { findProductsByIds } from '../repository.js';
import type { ProductRow } from '../tables.js';

/**
 * A product list (all products, a collection, a search) as one object behind ProductConnection.
 * Paging is checked when the list is made, so bad arguments fail even if only `totalCount` is
 * asked for; each query runs only when a field needs it, at most once.
 */
export interface ProductListing {
  connection(): Promise<Connection<ProductRow>>;
  totalCount(): Promise<number>;
  filters(): Promise<Facet[]>;
}

export interface ProductListingInput {
  /** Null when the list is known to be empty, such as a search for nothing searchable. */
  scope: ProductListScope | null;
  filters: ProductFilters;
  sortKey: ProductSortKey;
  reverse: boolean;
  page: PageArgs;
}

export function createProductListing(context: CatalogContext, input: ProductListingInput): ProductListing {
  const { scope, filters } = input;
  const sort = scope ? productSort(scope, input.sortKey, input.reverse) : null;
  const request = pageRequest(input.page, (cursor, argument) =>
    decodeCursor(cursor, argument, fitsSort(input.sortKey, sort)),
  );
  const pageArgs = {
    size: request.size,
    backward: request.direction === 'backward',
    cursor: request.cursor,
  };
  const once = <T>(load: () => Promise<T>) => {
    let promise: Promise<T> | undefined;
    return () => (promise ??= load());
  };
  // With nothing ticked, the parts asked together (count, facets and a search's page) come from
  // one read of the scope (ADR 0013); a part asked alone, or any part of a filtered list, runs
  // its own statement. A list's page is not folded in: its sort index reads only the page.
  const gathered =
    scope && sort && isUnfiltered(filters)
      ? gatherParts(async (parts): Promise<ListSummary & { rows?: ProductPageRow[] }> => {
          if (parts.size === 1 && parts.has('page')) {
            return { rows: await findProductPage(context.db, scope, filters, sort, pageArgs) };
          }
          if (parts.size === 1 && parts.has('count')) return { count: await countProducts(context.db, scope, filters) };
          return findListSummary(context.db, scope, {
            count: parts.has('count'),
            facets: parts.has('facets'),
            page: parts.has('page') ? { sort, ...pageArgs } : null,
          });
        })
      : null;
  const foldsPage = gathered != null && scope?.tsquery != null;

  return {
    connection: once(async () => {
      if (!scope || !sort || request.size === 0) return toConnection<ProductRow>([], request, () => '');
      const rows = foldsPage
        ? await pageRows(context, await gathered('page'))
        : await findProductPage(context.db, scope, filters, sort, pageArgs);
      // Entity references for these products in the same request reuse the rows just read.
      for (const row of rows) context.loaders.productById.prime(row.id, row);
      return toConnection(rows, request, (row) => productCursor(input.sortKey, row));
    }),
    totalCount: once(async () => {
      if (!scope) return 0;
      return gathered ? (await gathered('count')).count! : countProducts(context.db, scope, filters);
    }),
    filters: once(async () => {
      if (!scope) return [];
      return toFacets(gathered ? (await gathered('facets')).facets! : await findFacetRows(context.db, scope, filters));
    }),
  };
}

type Part = 'page' | 'count' | 'facets';

/**
 * Collects the parts asked for in the same pass before loading them together. GraphQL calls the
 * resolvers of one connection's fields (edges, totalCount, filters) in one synchronous pass, so
 * a microtask later every part this request wants is known. A part asked later starts a new load.
 */
function gatherParts<T>(load: (parts: ReadonlySet<Part>) => Promise<T>): (part: Part) => Promise<T> {
  let pending: { parts: Set<Part>; result: Promise<T> } | null = null;
  return (part) => {
    if (!pending) {
      const parts = new Set<Part>();
      const result = Promise.resolve().then(() => {
        pending = null;
        return load(parts);
      });
      pending = { parts, result };
    }
    pending.parts.add(part);
    return pending.result;
  };
}

/** The page's product rows in ranked order: read whole by id after the ranking chose them. */
async function pageRows(
  context: CatalogContext,
  result: { page?: RankedId[]; rows?: ProductPageRow[] },
): Promise<ProductPageRow[]> {
  if (result.rows) return result.rows;
  const ranked = result.page!;
  const byId = new Map(
    (
      await findProductsByIds(
        context.db,
        ranked.map((row) => row.id),
      )
    ).map((row) => [row.id, row]),
  );
  // A product deleted between the two statements is left out, as if it had not matched.
  return ranked.flatMap(({ id, sortValue }) => {
    const row = byId.get(id);
    return row ? [{ ...row, sortValue }] : [];
  });
}
