import type { Db } from '../../platform/db/client.js';
import type { CurrencyCode } from './generated/resolvers-types.js';
import { findShop } from './repository.js';
import type { ShopRow } from './tables.js';

// Shop settings change rarely and are read by nearly every request (every price needs the
// currency), so each process keeps them for a short while instead of reading them per request.
const TTL_MS = 30_000;
let cached: { row: ShopRow; at: number } | null = null;
let loading: Promise<ShopRow> | null = null;

const FALLBACK: ShopRow = { id: 1, name: 'Shop', description: null, currencyCode: 'USD' };

export async function getShop(db: Db): Promise<ShopRow> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.row;
  loading ??= findShop(db)
    .then((row) => {
      cached = { row: row ?? FALLBACK, at: Date.now() };
      return cached.row;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

export async function shopCurrency(db: Db): Promise<CurrencyCode> {
  return (await getShop(db)).currencyCode as CurrencyCode;
}
