import type { NodeResolvers } from '../generated/resolvers-types.js';

export const Node = {
  __resolveType: (node) => (node as { __typename?: 'Product' | 'ProductVariant' | 'Collection' }).__typename ?? null,
} satisfies NodeResolvers;
