import type { Db } from '../../platform/db/client.js';
import { byKeys, createLoader, groupByKeys, type LoaderOptions } from '../../platform/graphql/loader.js';
import * as repository from './repository.js';

export type InventoryLoaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Db, options: LoaderOptions) {
  return {
    stockByVariantId: createLoader(
      async (ids: readonly number[]) =>
        byKeys(ids, await repository.findStock(db, 'variant', ids), (row) => row.variantId),
      options,
    ),
    stockByProductId: createLoader(
      async (ids: readonly number[]) =>
        groupByKeys(ids, await repository.findStock(db, 'product', ids), (row) => row.productId),
      options,
    ),
  };
}
