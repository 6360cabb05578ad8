import { isVisibleTo } from '../../platform/ownership.js';
import type { CartContext } from './context.js';
import { opaqueIdOf } from '../../platform/graphql/opaque-id.js';
import type { CartLineRow, CartRow } from './tables.js';

/** The cart, or null when it is missing or not the caller's (the two look the same). */
export async function findVisibleCart(context: CartContext, cartId: string): Promise<CartRow | null> {
  const cart = await context.loaders.cartById.load(cartId);
  return cart && isVisibleTo(context.identity, cart) ? cart : null;
}

/** The cart line of a global id, or null when it is malformed, missing or in a cart not the caller's. */
export async function findVisibleLine(context: CartContext, globalId: string): Promise<CartLineRow | null> {
  const lineId = opaqueIdOf(globalId, 'CartLine');
  if (lineId === null || lineId === 'malformed') return null;
  const line = await context.loaders.lineById.load(lineId);
  if (!line) return null;
  return (await findVisibleCart(context, line.cartId)) ? line : null;
}
