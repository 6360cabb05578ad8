import type { Db } from '../../platform/db/client.js';
import { getShop } from '../catalog/index.js';
import { findShippingRates, insertMissingShippingRates } from './repository.js';

/** The demo shop's rates: what a fresh install offers until an operator changes the table. */
export const DEMO_SHIPPING_RATES = [
  { handle: 'standard', title: 'Standard (3-5 business days)', price: '4.90', position: 1 },
  { handle: 'express', title: 'Express (1-2 business days)', price: '14.90', position: 2 },
  { handle: 'free', title: 'Free shipping (orders over 100.00)', price: '0.00', minSubtotal: '100.00', position: 0 },
] as const;

/** Seeds the demo rates, in the shop's currency, into an empty table; an operator's table is left alone. */
export async function ensureShippingRates(db: Db): Promise<void> {
  if ((await findShippingRates(db)).length > 0) return;
  const { currencyCode } = await getShop(db);
  await insertMissingShippingRates(
    db,
    DEMO_SHIPPING_RATES.map((rate) => ({ ...rate, currencyCode })),
  );
}
