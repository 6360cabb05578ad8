import { idOfType, toGlobalId } from '../../../platform/graphql/global-id.js';
import type { CollectionResolvers } from '../generated/resolvers-types.js';
import { createProductListing } from '../product-list/listing.js';
import { parseProductFilters } from '../product-list/filters.js';

export const Collection = {
  __resolveReference: async (reference, { loaders }) => {
    const id = idOfType(reference.id, 'Collection');
    return id == null ? null : loaders.collectionById.load(id);
  },
  id: (collection) => toGlobalId('Collection', collection.id),
  image: (collection, _args, { loaders }) =>
    collection.imageId == null ? null : loaders.imageById.load(collection.imageId),
  seo: (collection) => ({
    title: collection.seoTitle ?? collection.title,
    description: collection.seoDescription ?? collection.description,
  }),
  products: (collection, args, context) =>
    createProductListing(context, {
      scope: { collectionId: collection.id, tsquery: null, titleContains: [] },
      filters: parseProductFilters(args.filters),
      sortKey: args.sortKey ?? 'RELEVANCE',
      reverse: args.reverse ?? false,
      page: args,
    }),
} satisfies CollectionResolvers;
