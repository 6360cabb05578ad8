import { cache } from 'react';
import { CollectionPageDocument, type CollectionPageQuery } from '../graphql/generated/graphql';
import { GraphQLRequestError, requestGraphQL } from '../graphql/request';
import { listingVariables, withoutCursor } from '../listing/listing-query';
import { SORT_OPTIONS } from '../listing/sort-options';

export type CollectionDetail = NonNullable<CollectionPageQuery['collection']>;

async function fetchCollection(handle: string, params: URLSearchParams) {
  const data = await requestGraphQL(CollectionPageDocument, { handle, ...listingVariables(params, SORT_OPTIONS) });
  return data.collection;
}

/**
 * A collection with one page of its products; null when there is no such collection or the
 * URL's filters are invalid. A stale cursor falls back to the first page rather than an error.
 */
export const getCollection = cache(async (handle: string, query: string): Promise<CollectionDetail | null> => {
  const params = new URLSearchParams(query);
  try {
    return await fetchCollection(handle, params);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || !error.isBadInput) throw error;
    if (!params.has('after') && !params.has('before')) return null;
    return fetchCollection(handle, withoutCursor(params)).catch((retryError: unknown) => {
      if (retryError instanceof GraphQLRequestError && retryError.isBadInput) return null;
      throw retryError;
    });
  }
});
