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
import { countProducts, findFacetRows, findProductPage } from './repository.js';
import { productSort, type ProductListScope, type ProductSortKey } from './sql.js';
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
  const once = <T>(load: () => Promise<T>) => {
    let promise: Promise<T> | undefined;
    return () => (promise ??= load());
  };
  return {
    connection: once(async () => {
      if (!scope || !sort || request.size === 0) return toConnection<ProductRow>([], request, () => '');
      const rows = await findProductPage(context.db, scope, filters, sort, {
        size: request.size,
        backward: request.direction === 'backward',
        cursor: request.cursor,
      });
      // Entity references for these products in the same request reuse the rows just read.
      for (const row of rows) context.loaders.productById.prime(row.id, row);
      return toConnection(rows, request, (row) => productCursor(input.sortKey, row));
    }),
    totalCount: once(async () => (scope ? countProducts(context.db, scope, filters) : 0)),
    filters: once(async () => (scope ? toFacets(await findFacetRows(context.db, scope, filters)) : [])),
  };
}
