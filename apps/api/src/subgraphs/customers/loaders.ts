import type { Db } from '../../platform/db/client.js';
import { byKeys, createLoader, groupByKeys, type LoaderOptions } from '../../platform/graphql/loader.js';
import * as repository from './repository.js';

export type CustomersLoaders = ReturnType<typeof createLoaders>;

/** Built once per request. Callers authorise before loading: a loader answers anyone. */
export function createLoaders(db: Db, options: LoaderOptions) {
  return {
    customerById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findCustomersByIds(db, ids), (row) => row.id),
      options,
    ),
    addressesByCustomerId: createLoader(
      async (ids: readonly number[]) =>
        groupByKeys(ids, await repository.findAddressesByCustomerIds(db, ids), (row) => row.customerId),
      options,
    ),
    staffById: createLoader(
      async (ids: readonly number[]) => byKeys(ids, await repository.findStaffByIds(db, ids), (row) => row.id),
      options,
    ),
  };
}
