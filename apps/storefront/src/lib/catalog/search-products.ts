import { SearchPageDocument, type SearchPageQuery } from '../graphql/generated/graphql';
import { GraphQLRequestError, requestGraphQL } from '../graphql/request';
import { PAGE_SIZE } from '../listing/listing-params';
import { listingVariables } from '../listing/listing-query';
import { SEARCH_SORT_OPTIONS } from '../listing/sort-options';

export type SearchResults = SearchPageQuery['search'];

export const MAX_QUERY_LENGTH = 200;

/** One page of search results; null when the URL asks for something invalid (bad filter or cursor). */
export async function searchProducts(query: string, params: URLSearchParams): Promise<SearchResults | null> {
  // Search pages forward only (the API's search takes no `before`).
  const { sortKey, reverse, filters } = listingVariables(params, SEARCH_SORT_OPTIONS);
  const variables = { sortKey, reverse, filters, first: PAGE_SIZE, after: params.get('after') ?? undefined };
  const run = (after: string | undefined) =>
    requestGraphQL(SearchPageDocument, { query: query.slice(0, MAX_QUERY_LENGTH), ...variables, after }).then(
      (data) => data.search,
    );
  try {
    return await run(variables.after);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || !error.isBadInput) throw error;
    // A cursor from an old link (another sort, another search): start from the first page.
    if (!variables.after) return null;
    return run(undefined).catch((retryError: unknown) => {
      if (retryError instanceof GraphQLRequestError && retryError.isBadInput) return null;
      throw retryError;
    });
  }
}
