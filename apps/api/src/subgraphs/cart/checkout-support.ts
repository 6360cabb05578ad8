import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { consumeUse, findTaxRates, returnUse, setCartStatus } from './repository.js';

// What the checkout domain asks of carts (through index.ts), each inside the caller's transaction.

/** Takes one use of a discount code; false when its usage limit is reached (or it does not exist). */
export function consumeDiscountUse(tx: DbExecutor, code: string): Promise<boolean> {
  return consumeUse(tx, code);
}

/** Gives a use back (a declined or voided payment); never below zero. */
export function returnDiscountUse(tx: DbExecutor, code: string): Promise<void> {
  return returnUse(tx, code);
}

/** The cart became an order: it is no longer open (a new visit starts a new cart). */
export async function markCartCompleted(tx: DbExecutor, cartId: string): Promise<void> {
  await setCartStatus(tx, cartId, 'completed');
}

/** A country the shop ships to: one it has a tax rate for. */
export async function isShippingCountry(db: DbExecutor, countryCode: string): Promise<boolean> {
  return (await findTaxRates(db, [countryCode.toUpperCase()])).length === 1;
}
