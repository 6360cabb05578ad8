import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { byKeys, createLoader, groupByKeys, type LoaderOptions } from '../../platform/graphql/loader.js';
import {
  findCheckoutLinesByCheckoutIds,
  findCheckoutsByIds,
  findOrderLinesByOrderIds,
  findOrdersByIds,
  findShippingRates,
} from './repository.js';
import type { ShippingRateRow } from './tables.js';

/** Per-request loaders: one statement per batch, results in key order, null for misses. */
export function createLoaders(db: DbExecutor, options: LoaderOptions) {
  let rates: Promise<ShippingRateRow[]> | null = null;
  return {
    checkoutById: createLoader(
      async (ids: readonly string[]) => byKeys(ids, await findCheckoutsByIds(db, ids), (row) => row.id),
      options,
    ),
    checkoutLines: createLoader(
      async (ids: readonly string[]) =>
        groupByKeys(ids, await findCheckoutLinesByCheckoutIds(db, ids), (row) => row.checkoutId),
      options,
    ),
    orderById: createLoader(
      async (ids: readonly string[]) => byKeys(ids, await findOrdersByIds(db, ids), (row) => row.id),
      options,
    ),
    orderLines: createLoader(
      async (ids: readonly string[]) => groupByKeys(ids, await findOrderLinesByOrderIds(db, ids), (row) => row.orderId),
      options,
    ),
    /** The shop's shipping rates, read once per request. */
    shippingRates(): Promise<ShippingRateRow[]> {
      rates ??= findShippingRates(db);
      return rates;
    },
  };
}

export type CheckoutLoaders = ReturnType<typeof createLoaders>;
