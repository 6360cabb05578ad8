import type { ProductConnectionResolvers } from '../generated/resolvers-types.js';

// The parent is a ProductListing: each field runs only the statement it needs.
export const ProductConnection = {
  edges: async (listing) => (await listing.connection()).edges,
  nodes: async (listing) => (await listing.connection()).nodes,
  pageInfo: async (listing) => (await listing.connection()).pageInfo,
  totalCount: (listing) => listing.totalCount(),
  filters: (listing) => listing.filters(),
} satisfies ProductConnectionResolvers;
