import type { Db } from '../../platform/db/client.js';
import { byKeys, createLoader, groupByKeys, type LoaderOptions } from '../../platform/graphql/loader.js';
import { findExistingCollectionIds, findExistingProductIds, findImagesForContent } from '../catalog/index.js';
import { findStaffEmails } from '../customers/index.js';
import * as repository from './repository.js';
import { LIMITS } from './rules.js';

export type ContentLoaders = ReturnType<typeof createLoaders>;

const existing = (found: number[]) => new Set(found);

export function createLoaders(db: Db, options: LoaderOptions) {
  return {
    pageById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findPagesByIds(db, ids), (row) => row.id),
      options,
    ),
    pageByHandle: createLoader(
      async (handles: readonly string[]) =>
        byKeys(handles, await repository.findPagesByHandles(db, handles), (row) => row.handle),
      options,
    ),
    lastPublishedAtByPageId: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findLastPublishedAt(db, ids), (row) => row.pageId),
      options,
    ),
    experimentByPageId: createLoader(
      async (ids: readonly number[]) =>
        byKeys(ids, await repository.findExperimentsByPageIds(db, ids), (row) => row.pageId),
      options,
    ),
    revisionsByPageId: createLoader(
      async (ids: readonly number[]) =>
        groupByKeys(ids, await repository.findRevisionsByPageIds(db, ids, LIMITS.revisions), (row) => row.pageId),
      options,
    ),
    menuByHandle: createLoader(
      async (handles: readonly string[]) =>
        byKeys(handles, await repository.findMenusByHandles(db, handles), (row) => row.handle),
      options,
    ),
    staffEmailById: createLoader(
      async (ids: readonly number[]) =>
        byKeys(ids, await findStaffEmails(db, ids), (row) => row.id).map((row) => row?.email ?? null),
      options,
    ),
    imageById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await findImagesForContent(db, ids), (row) => row.id),
      options,
    ),
    productExists: createLoader(async (ids: readonly number[]) => {
      const found = existing(await findExistingProductIds(db, ids));
      return ids.map((id) => found.has(id));
    }, options),
    collectionExists: createLoader(async (ids: readonly number[]) => {
      const found = existing(await findExistingCollectionIds(db, ids));
      return ids.map((id) => found.has(id));
    }, options),
  };
}
