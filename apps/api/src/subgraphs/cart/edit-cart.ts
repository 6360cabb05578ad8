import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { isVisibleTo } from '../../platform/ownership.js';
import type { CartContext } from './context.js';
import { opaqueIdOf } from '../../platform/graphql/opaque-id.js';
import { lockCart } from './repository.js';
import type { CartRow } from './tables.js';
import { cartNotFound, Refusal, userError, type CartUserError } from './user-errors.js';

export type CartResult = { cart: CartRow | null; userErrors: CartUserError[] };

/**
 * Runs one cart mutation: parses the id, locks the cart row (so changes to one cart are
 * serialised: 20 parallel adds end with their sum), refuses a cart that is missing, not open or
 * not the caller's with the same CART_NOT_FOUND, and rolls everything back when `change` refuses.
 * `change` returns the id of the cart the payload shows (a merge may answer with another cart).
 */
export async function editCart(
  context: CartContext,
  cartGlobalId: string,
  change: (tx: DbExecutor, cart: CartRow) => Promise<string | void>,
): Promise<CartResult> {
  const cartId = opaqueIdOf(cartGlobalId, 'Cart');
  if (cartId === 'malformed')
    return { cart: null, userErrors: [userError('INVALID', 'This is not a cart id.', ['cartId'])] };
  if (cartId === null) return { cart: null, userErrors: [cartNotFound()] };
  try {
    const shownId = await context.db.transaction(async (tx) => {
      const cart = await lockCart(tx, cartId);
      if (!cart || cart.status !== 'open' || !isVisibleTo(context.identity, cart)) throw new Refusal([cartNotFound()]);
      return (await change(tx, cart)) ?? cart.id;
    });
    return { cart: await context.loaders.cartById.load(shownId), userErrors: [] };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // The cart as it was (unchanged), when the caller may see it.
    const cart = error.errors.some((e) => e.code === 'CART_NOT_FOUND')
      ? null
      : await context.loaders.cartById.load(cartId);
    return { cart, userErrors: error.errors };
  }
}
