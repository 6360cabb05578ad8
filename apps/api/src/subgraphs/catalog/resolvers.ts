import { DateTime, Decimal, HTML, JSONScalar, URL } from '../../platform/graphql/scalars.js';
import {
  collectionResolvers, imageResolvers, nodeResolvers, productConnectionResolvers, shopResolvers,
} from './collection-resolvers.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { productResolvers, productVariantResolvers } from './product-resolvers.js';
import { queryResolvers } from './query-resolvers.js';

export const resolvers = {
  DateTime,
  Decimal,
  HTML,
  JSON: JSONScalar,
  URL,
  Query: queryResolvers,
  Shop: shopResolvers,
  Node: nodeResolvers,
  Product: productResolvers,
  ProductVariant: productVariantResolvers,
  Collection: collectionResolvers,
  Image: imageResolvers,
  ProductConnection: productConnectionResolvers,
} satisfies Resolvers;
