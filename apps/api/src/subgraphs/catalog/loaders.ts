import type { Db } from '../../platform/db/client.js';
import { byKeys, createLoader, groupByKeys } from '../../platform/graphql/loader.js';
import * as repository from './repository.js';

export type CatalogLoaders = ReturnType<typeof createLoaders>;

/** Built once per request: every entity reference and list child goes through one of these. */
export function createLoaders(db: Db) {
  return {
    productById: createLoader(async (ids: readonly number[]) =>
      byKeys(ids, await repository.findProductsByIds(db, ids), (row) => row.id)),
    productByHandle: createLoader(async (handles: readonly string[]) =>
      byKeys(handles, await repository.findProductsByHandles(db, handles), (row) => row.handle)),
    variantById: createLoader(async (ids: readonly number[]) =>
      byKeys(ids, await repository.findVariantsByIds(db, ids), (row) => row.id)),
    variantsByProductId: createLoader(async (ids: readonly number[]) =>
      groupByKeys(ids, await repository.findVariantsByProductIds(db, ids), (row) => row.productId)),
    imageById: createLoader(async (ids: readonly number[]) =>
      byKeys(ids, await repository.findImagesByIds(db, ids), (row) => row.id)),
    imagesByProductId: createLoader(async (ids: readonly number[]) =>
      groupByKeys(ids, await repository.findImagesByProductIds(db, ids), (row) => row.productId ?? 0)),
    collectionById: createLoader(async (ids: readonly number[]) =>
      byKeys(ids, await repository.findCollectionsByIds(db, ids), (row) => row.id)),
    collectionByHandle: createLoader(async (handles: readonly string[]) =>
      byKeys(handles, await repository.findCollectionsByHandles(db, handles), (row) => row.handle)),
    collectionsByProductId: createLoader(async (ids: readonly number[]) =>
      groupByKeys(ids, await repository.findCollectionsByProductIds(db, ids), (row) => row.productId)
        .map((rows) => rows.map((row) => row.collection))),
  };
}
