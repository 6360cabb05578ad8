import type { Db } from '../../platform/db/client.js';
import { byKeys, createLoader, groupByKeys, type LoaderOptions } from '../../platform/graphql/loader.js';
import * as repository from './repository.js';

export type CatalogLoaders = ReturnType<typeof createLoaders>;

/** Built once per request: every entity reference and list child goes through one of these. */
export function createLoaders(db: Db, options: LoaderOptions) {
  return {
    productById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findProductsByIds(db, ids), (row) => row.id),
      options,
    ),
    productByHandle: createLoader(
      async (handles: readonly string[]) =>
        byKeys(handles, await repository.findProductsByHandles(db, handles), (row) => row.handle),
      options,
    ),
    variantById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findVariantsByIds(db, ids), (row) => row.id),
      options,
    ),
    variantsByProductId: createLoader(
      async (ids: readonly number[]) =>
        groupByKeys(ids, await repository.findVariantsByProductIds(db, ids), (row) => row.productId),
      options,
    ),
    imageById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findImagesByIds(db, ids), (row) => row.id),
      options,
    ),
    imagesByProductId: createLoader(
      async (ids: readonly number[]) =>
        groupByKeys(ids, await repository.findImagesByProductIds(db, ids), (row) => row.productId ?? 0),
      options,
    ),
    collectionById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findCollectionsByIds(db, ids), (row) => row.id),
      options,
    ),
    collectionByHandle: createLoader(
      async (handles: readonly string[]) =>
        byKeys(handles, await repository.findCollectionsByHandles(db, handles), (row) => row.handle),
      options,
    ),
    collectionsByProductId: createLoader(
      async (ids: readonly number[]) =>
        groupByKeys(ids, await repository.findCollectionsByProductIds(db, ids), (row) => row.productId).map((rows) =>
          rows.map((row) => row.collection),
        ),
      options,
    ),
  };
}
