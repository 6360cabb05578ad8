import { filtersFromParams, PAGE_SIZE } from './listing-params';
import { findSortOption, type SortOption } from './sort-options';

/** GraphQL variables for one page of a product list described by (normalised) URL params. */
export function listingVariables(params: URLSearchParams, sortOptions: readonly SortOption[]) {
  const sort = findSortOption(sortOptions, params.get('sort_by'));
  const before = params.get('before');
  const after = params.get('after');
  return {
    sortKey: sort.sortKey,
    reverse: sort.reverse,
    filters: filtersFromParams(params),
    ...(before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after: after ?? undefined }),
  };
}

/** The same list without paging, for when a cursor no longer fits (an old link, a new sort). */
export function withoutCursor(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('before');
  return next;
}
