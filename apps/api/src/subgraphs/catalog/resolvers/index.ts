import { DateTime, Decimal, HTML, JSONScalar, URL } from '../../../platform/graphql/scalars.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Collection } from './Collection.js';
import { Image } from './Image.js';
import { Mutation } from './Mutation.js';
import { Node } from './Node.js';
import { Product } from './Product.js';
import { ProductConnection } from './ProductConnection.js';
import { ProductVariant } from './ProductVariant.js';
import { Query } from './Query.js';
import { Shop } from './Shop.js';

// One file per type, named after it; this map is what the subgraph serves.
export const resolvers = {
  DateTime,
  Decimal,
  HTML,
  JSON: JSONScalar,
  URL,
  Query,
  Mutation,
  Shop,
  Node,
  Product,
  ProductVariant,
  Collection,
  Image,
  ProductConnection,
} satisfies Resolvers;
