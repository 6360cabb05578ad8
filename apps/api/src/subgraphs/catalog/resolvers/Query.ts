import { userInputError } from '../../../platform/graphql/errors.js';
import { idOfType } from '../../../platform/graphql/global-id.js';
import {
  decodeCursor,
  encodeCursor,
  pageRequest,
  toConnection,
  MAX_PAGE_SIZE,
} from '../../../platform/graphql/pagination.js';
import type { CatalogContext } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { createProductListing } from '../product-list/listing.js';
import { loadNode } from '../node-types.js';
import { parseProductFilters } from '../product-list/filters.js';
import { findCollectionPage } from '../repository.js';
import { buildSearchQuery } from '../search.js';
import { parseProductQuery } from '../search-syntax.js';
import { getShop } from '../shop-settings.js';

function exactlyOne(id: string | null | undefined, handle: string | null | undefined): void {
  if ((id == null) === (handle == null))
    throw userInputError('Pass exactly one of `id` or `handle`.', id == null ? 'handle' : 'id');
}

const isTitleCursor = (value: unknown): value is { t: string; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { t: unknown }).t === 'string' &&
  Number.isSafeInteger((value as { id: unknown }).id);

async function searchScope(context: CatalogContext, words: string) {
  return words ? buildSearchQuery(context.db, words) : null;
}

export const Query = {
  node: (_parent, { id }, context) => loadNode(context, id),
  nodes: async (_parent, { ids }, context) => {
    if (ids.length > MAX_PAGE_SIZE) throw userInputError(`At most ${MAX_PAGE_SIZE} ids are allowed.`, 'ids');
    return Promise.all(ids.map((id) => loadNode(context, id, 'ids')));
  },
  shop: async (_parent, _args, context) => getShop(context.db),
  product: async (_parent, { id, handle }, { loaders }) => {
    exactlyOne(id, handle);
    if (handle != null) return loaders.productByHandle.load(handle);
    const productId = idOfType(id!, 'Product');
    return productId == null ? null : loaders.productById.load(productId);
  },
  collection: async (_parent, { id, handle }, { loaders }) => {
    exactlyOne(id, handle);
    if (handle != null) return loaders.collectionByHandle.load(handle);
    const collectionId = idOfType(id!, 'Collection');
    return collectionId == null ? null : loaders.collectionById.load(collectionId);
  },
  collections: async (_parent, args, context) => {
    const request = pageRequest(args, (cursor, argument) => decodeCursor(cursor, argument, isTitleCursor));
    const after = request.cursor ? { title: request.cursor.t, id: request.cursor.id } : null;
    const rows = request.size === 0 ? [] : await findCollectionPage(context.db, { size: request.size, after });
    for (const row of rows) context.loaders.collectionById.prime(row.id, row);
    return toConnection(rows, request, (row) => encodeCursor({ t: row.title, id: row.id }));
  },
  products: async (_parent, args, context) => {
    const parsed = parseProductQuery(args.query);
    const tsquery = await searchScope(context, parsed.words);
    const nothingSearchable = parsed.words !== '' && tsquery == null;
    return createProductListing(context, {
      scope: nothingSearchable ? null : { collectionId: null, tsquery, titleContains: parsed.titleContains },
      filters: parsed.filters,
      sortKey: args.sortKey ?? 'RELEVANCE',
      reverse: args.reverse ?? false,
      page: args,
    });
  },
  search: async (_parent, args, context) => {
    const filters = parseProductFilters(args.filters);
    const tsquery = await searchScope(context, args.query.trim());
    return createProductListing(context, {
      scope: tsquery == null ? null : { collectionId: null, tsquery, titleContains: [] },
      filters,
      sortKey: args.sortKey ?? 'RELEVANCE',
      reverse: args.reverse ?? false,
      page: { first: args.first, after: args.after },
    });
  },
} satisfies QueryResolvers;
