import type { NodeResolvers } from '../generated/resolvers-types.js';
import type { CatalogNode } from '../node-types.js';

export const Node = {
  __resolveType: (node) => (node as Partial<Pick<CatalogNode, '__typename'>>).__typename ?? null,
} satisfies NodeResolvers;
