import { toGlobalId } from '../../platform/graphql/global-id.js';
import type {
  CollectionResolvers, CurrencyCode, ImageResolvers, NodeResolvers, ProductConnectionResolvers, ShopResolvers,
} from './generated/resolvers-types.js';
import { imageUrl } from './images.js';
import { createProductListing } from './listing.js';
import { numericId } from './node-types.js';
import { parseProductFilters } from './product-filters.js';

export const collectionResolvers = {
  __resolveReference: async (reference, { loaders }) => {
    const id = numericId(reference.id, 'Collection');
    return id == null ? null : loaders.collectionById.load(id);
  },
  id: (collection) => toGlobalId('Collection', collection.id),
  image: (collection, _args, { loaders }) => (collection.imageId == null ? null : loaders.imageById.load(collection.imageId)),
  seo: (collection) => ({ title: collection.seoTitle ?? collection.title, description: collection.seoDescription ?? collection.description }),
  products: (collection, args, context) =>
    createProductListing(context, {
      scope: { collectionId: collection.id, tsquery: null, titleContains: [] },
      filters: parseProductFilters(args.filters),
      sortKey: args.sortKey ?? 'RELEVANCE',
      reverse: args.reverse ?? false,
      page: args,
    }),
} satisfies CollectionResolvers;

export const imageResolvers = {
  id: (image) => toGlobalId('Image', image.id),
  url: (image, { transform }, { mediaBaseUrl }) => imageUrl(mediaBaseUrl, image, transform),
} satisfies ImageResolvers;

export const productConnectionResolvers = {
  edges: async (listing) => (await listing.connection()).edges,
  nodes: async (listing) => (await listing.connection()).nodes,
  pageInfo: async (listing) => (await listing.connection()).pageInfo,
  totalCount: (listing) => listing.totalCount(),
  filters: (listing) => listing.filters(),
} satisfies ProductConnectionResolvers;

export const nodeResolvers = {
  __resolveType: (node) => (node as { __typename?: 'Product' | 'ProductVariant' | 'Collection' }).__typename ?? null,
} satisfies NodeResolvers;

export const shopResolvers = {
  primaryDomain: (_shop, _args, { storefrontUrl }) => storefrontUrl,
  // Prices are kept in one currency; multi-currency price lists would add to this list.
  currencyCodes: (shop) => [shop.currencyCode as CurrencyCode],
  defaultCurrencyCode: (shop) => shop.currencyCode as CurrencyCode,
} satisfies ShopResolvers;
