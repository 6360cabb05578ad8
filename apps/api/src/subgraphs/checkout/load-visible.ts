import { userInputError } from '../../platform/graphql/errors.js';
import { isVisibleTo } from '../../platform/ownership.js';
import type { CheckoutContext } from './context.js';
import { opaqueIdOf } from '../../platform/graphql/opaque-id.js';
import { userError, type CheckoutUserError } from './rules.js';
import type { CheckoutRow, OrderRow } from './tables.js';

// Reading a checkout or an order by global id, for queries and for mutations. A foreign one and a
// missing one take the same path and give the same answer: null, or CHECKOUT_NOT_FOUND.

/** The checkout if the caller may see it, else null; a malformed id is BAD_USER_INPUT. */
export async function findVisibleCheckout(
  context: CheckoutContext,
  globalId: string,
  argument = 'id',
): Promise<CheckoutRow | null> {
  const id = opaqueIdOf(globalId, 'Checkout');
  if (id === 'malformed') throw userInputError('Invalid checkout id: expected gid://shop/Checkout/<id>.', argument);
  if (id === null) return null;
  const row = await context.loaders.checkoutById.load(id);
  return row && isVisibleTo(context.identity, row) ? row : null;
}

/** The order if the caller may see it, else null; a malformed id is BAD_USER_INPUT. */
export async function findVisibleOrder(
  context: CheckoutContext,
  globalId: string,
  argument = 'id',
): Promise<OrderRow | null> {
  const id = opaqueIdOf(globalId, 'Order');
  if (id === 'malformed') throw userInputError('Invalid order id: expected gid://shop/Order/<id>.', argument);
  if (id === null) return null;
  const row = await context.loaders.orderById.load(id);
  return row && isVisibleTo(context.identity, row) ? row : null;
}

export type VisibleCheckout = { ok: true; checkout: CheckoutRow } | { ok: false; error: CheckoutUserError };

/** For mutations: a malformed id is INVALID, a missing or foreign one CHECKOUT_NOT_FOUND. */
export async function loadVisibleCheckout(
  context: CheckoutContext,
  globalId: string,
  field: string[],
): Promise<VisibleCheckout> {
  const id = opaqueIdOf(globalId, 'Checkout');
  if (id === 'malformed') return { ok: false, error: userError('INVALID', 'This is not a checkout id.', field) };
  const row = id === null ? null : await context.loaders.checkoutById.load(id);
  if (!row || !isVisibleTo(context.identity, row)) return { ok: false, error: checkoutNotFound(field) };
  return { ok: true, checkout: row };
}

export const checkoutNotFound = (field: string[] | null = ['checkoutId']) =>
  userError('CHECKOUT_NOT_FOUND', 'No checkout with this id was found.', field);
