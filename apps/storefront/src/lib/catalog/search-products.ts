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
  try {
    const data = await requestGraphQL(SearchPageDocument, { query: query.slice(0, MAX_QUERY_LENGTH), ...variables });
    return data.search;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.isBadInput) return null;
    throw error;
  }
}
