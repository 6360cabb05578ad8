import type DataLoader from 'dataloader';
import type { Db } from '../../platform/db/client.js';
import { byKeys, createLoader, groupByKeys, type LoaderOptions } from '../../platform/graphql/loader.js';
import { priceCart, toSnapshot, type CartPricing } from './pricing.js';
import { findCartsByIds, findCodesByCartIds, findLinesByCartIds, findLinesByIds } from './repository.js';
import type { CartDiscountCodeRow, CartLineRow, CartRow } from './tables.js';

export interface CartLoaders {
  cartById: DataLoader<string, CartRow | null>;
  linesByCartId: DataLoader<string, CartLineRow[]>;
  lineById: DataLoader<string, CartLineRow | null>;
  codesByCartId: DataLoader<string, CartDiscountCodeRow[]>;
  /** A cart's cost, priced once per request for the cart and all its lines. */
  pricingByCartId: DataLoader<string, CartPricing | null>;
}

export function createLoaders(db: Db, options: LoaderOptions): CartLoaders {
  const cartById = createLoader<string, CartRow | null>(
    async (ids) => byKeys(ids, await findCartsByIds(db, ids), (row) => row.id),
    options,
  );
  const linesByCartId = createLoader<string, CartLineRow[]>(
    async (ids) => groupByKeys(ids, await findLinesByCartIds(db, ids), (row) => row.cartId),
    options,
  );
  const lineById = createLoader<string, CartLineRow | null>(
    async (ids) => byKeys(ids, await findLinesByIds(db, ids), (row) => row.id),
    options,
  );
  const codesByCartId = createLoader<string, CartDiscountCodeRow[]>(
    async (ids) => groupByKeys(ids, await findCodesByCartIds(db, ids), (row) => row.cartId),
    options,
  );
  const pricingByCartId = createLoader<string, CartPricing | null>(
    (ids) =>
      Promise.all(
        ids.map(async (id) => {
          const [cart, lines, codes] = await Promise.all([
            cartById.load(id),
            linesByCartId.load(id),
            codesByCartId.load(id),
          ]);
          if (!cart) return null;
          return priceCart(db, toSnapshot(cart, lines, codes), {
            countryCode: cart.countryCode,
            shippingCents: 0,
            now: new Date(),
          });
        }),
      ),
    options,
  );
  return { cartById, linesByCartId, lineById, codesByCartId, pricingByCartId };
}
