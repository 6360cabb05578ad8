import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { findCartForCheckout, type CartSnapshot } from '../cart/index.js';
import { findCheckoutProfile } from '../customers/index.js';
import { findPurchaseLimits, reserveStock } from '../inventory/index.js';
import { ownerOf } from '../../platform/ownership.js';
import type { CheckoutContext } from './context.js';
import { newOpaqueId, opaqueIdOf } from '../../platform/graphql/opaque-id.js';
import { Refusal, refusalsAsErrors } from './refusal.js';
import {
  findChargingAttempt,
  findOpenCheckoutIdOfCart,
  insertCheckout,
  lockOpenCheckoutOfCart,
  resyncCheckout,
} from './repository.js';
import {
  holdQuantities,
  shortfallErrors,
  toAddressJson,
  userError,
  type CheckoutUserError,
  type Shortfall,
} from './rules.js';
import type { CheckoutRow } from './tables.js';

export type CheckoutResult =
  { checkout: CheckoutRow; userErrors: [] } | { checkout: null; userErrors: CheckoutUserError[] };

const cartNotFound = () => userError('CART_NOT_FOUND', 'No cart with this id was found.', ['cartId']);

const lineNames = (snapshot: CartSnapshot) =>
  snapshot.lines.map((line) => ({ variantId: line.variantId, lineGlobalId: toGlobalId('CartLine', line.id) }));

/**
 * At a flash sale most shoppers arrive after the last unit is held. Telling them so from one
 * unlocked read, instead of queueing every one of them for the level row's lock, is what keeps
 * the answers coming within the gateway's timeout. Only for a cart without an open checkout
 * (whose own hold the free count leaves out); an expired hold still counts as taken until the
 * expiry job or the minute sweep returns it. The transaction's conditional update decides.
 */
async function soldOutBeforeLocking(db: DbExecutor, cartId: string, snapshot: CartSnapshot) {
  const wanted = holdQuantities(snapshot.lines);
  const limits = await findPurchaseLimits(
    db,
    wanted.map((line) => line.variantId),
  );
  const shortfalls: Shortfall[] = wanted.flatMap(({ variantId, quantity }) => {
    const limit = limits.get(variantId);
    return limit?.tracked && limit.available < quantity
      ? [{ variantId, available: limit.available, requested: quantity, reason: 'NOT_ENOUGH_STOCK' as const }]
      : [];
  });
  if (shortfalls.length === 0 || (await findOpenCheckoutIdOfCart(db, cartId))) return [];
  return shortfallErrors(shortfalls, lineNames(snapshot));
}

/**
 * checkoutStart: snapshots the cart, holds its stock until now + RESERVATION_MINUTES and schedules
 * the hold's expiry, all in one transaction. A cart has at most one open checkout; starting again
 * re-syncs it (same id, the cart's current lines, a renewed hold). Callers run it inside the
 * service's admission queue: every statement it sends counts.
 */
export async function startCheckout(context: CheckoutContext, cartGlobalId: string): Promise<CheckoutResult> {
  const cartId = opaqueIdOf(cartGlobalId, 'Cart');
  if (cartId === 'malformed')
    return { checkout: null, userErrors: [userError('INVALID', 'This is not a cart id.', ['cartId'])] };
  if (cartId === null) return { checkout: null, userErrors: [cartNotFound()] };
  const { db, identity, services } = context;
  const snapshot = await findCartForCheckout(db, cartId, identity);
  if (!snapshot) return { checkout: null, userErrors: [cartNotFound()] };
  if (snapshot.lines.length === 0)
    return { checkout: null, userErrors: [userError('CART_EMPTY', 'The cart is empty.', ['cartId'])] };

  const soldOut = await soldOutBeforeLocking(db, cartId, snapshot);
  if (soldOut.length > 0) return { checkout: null, userErrors: soldOut };

  const customerId = ownerOf(identity);
  const profile = customerId !== null ? await findCheckoutProfile(db, customerId) : null;
  const lines = snapshot.lines.map((line) => ({
    cartLineId: line.id,
    variantId: line.variantId,
    quantity: line.quantity,
  }));
  const result = await refusalsAsErrors(() =>
    db.transaction(async (tx) => {
      const reservedUntil = new Date(services.now().getTime() + services.settings.reservationMinutes * 60_000);
      const resync = {
        cartSnapshot: snapshot,
        reservedUntil,
        lines,
        cartOwnerId: snapshot.customerId,
        cartEmail: snapshot.email,
      };
      let open = await lockOpenCheckoutOfCart(tx, cartId);
      // A payment under way charges the lines as they are: re-syncing now would change them under it.
      if (open && (await findChargingAttempt(tx, open.id))) return open;
      let checkout = open
        ? await resyncCheckout(tx, open.id, resync)
        : await insertCheckout(tx, {
            id: newOpaqueId(),
            cartId,
            cartSnapshot: snapshot,
            customerId,
            email: snapshot.email ?? profile?.email ?? null,
            shippingAddress: profile?.defaultAddress ? toAddressJson(profile.defaultAddress) : null,
            reservedUntil,
            lines,
          });
      if (!checkout) {
        // Another request started this cart's checkout first (the unique index waited for it): re-sync that one.
        open = await lockOpenCheckoutOfCart(tx, cartId);
        if (!open) throw new Refusal([cartNotFound()]);
        checkout = await resyncCheckout(tx, open.id, resync);
      }
      const held = await reserveStock(tx, checkout.id, holdQuantities(snapshot.lines), reservedUntil);
      if (!held.ok) throw new Refusal(shortfallErrors(held.shortfalls, lineNames(snapshot)));
      await enqueueJob(
        tx,
        'checkout.expire-reservation',
        { checkoutId: checkout.id },
        { runAt: reservedUntil, jobKey: `expire:${checkout.id}`, jobKeyMode: 'replace' },
      );
      return checkout;
    }),
  );
  return result.ok ? { checkout: result.value, userErrors: [] } : { checkout: null, userErrors: result.errors };
}
