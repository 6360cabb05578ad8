import { userInputError } from '../../platform/graphql/errors.js';
import { isVisibleTo } from '../../platform/ownership.js';
import type { CheckoutContext } from './context.js';
import { opaqueIdOf } from '../../platform/graphql/opaque-id.js';
import { userError, type CheckoutUserError } from './rules.js';
import type { CheckoutRow, OrderRow } from './tables.js';

// Reading a checkout or an order by global id, for queries and for mutations. A foreign one and a
// missing one take the same path and give the same answer: null, or CHECKOUT_NOT_FOUND.

type Owned = { customerId: number | null };
type Malformed = 'null' | { argument: string };

/** The one reading path: a foreign row and a missing one are both null; a failing read is an error. */
async function findVisible<T extends Owned>(
  context: CheckoutContext,
  globalId: string,
  type: 'Checkout' | 'Order',
  loader: { load(id: string): Promise<T | null> },
  malformed: Malformed,
): Promise<T | null> {
  const id = opaqueIdOf(globalId, type);
  if (id === 'malformed') {
    if (malformed === 'null') return null;
    throw userInputError(`Invalid ${type.toLowerCase()} id: expected gid://shop/${type}/<id>.`, malformed.argument);
  }
  if (id === null) return null;
  const row = await loader.load(id);
  return row && isVisibleTo(context.identity, row) ? row : null;
}

/** The checkout if the caller may see it, else null; a malformed id is BAD_USER_INPUT. */
export const findVisibleCheckout = (context: CheckoutContext, globalId: string, argument = 'id') =>
  findVisible<CheckoutRow>(context, globalId, 'Checkout', context.loaders.checkoutById, { argument });

/**
 * For entity references (node and nodes through the catalog): a malformed id is null like a
 * missing one, but a database that cannot answer stays an error, never "no such order".
 */
export const checkoutReference = (context: CheckoutContext, globalId: string) =>
  findVisible<CheckoutRow>(context, globalId, 'Checkout', context.loaders.checkoutById, 'null');

export const orderReference = (context: CheckoutContext, globalId: string) =>
  findVisible<OrderRow>(context, globalId, 'Order', context.loaders.orderById, 'null');

export type VisibleCheckout = { ok: true; checkout: CheckoutRow } | { ok: false; error: CheckoutUserError };

/** For mutations: a malformed id is INVALID, a missing or foreign one CHECKOUT_NOT_FOUND. */
export async function loadVisibleCheckout(
  context: CheckoutContext,
  globalId: string,
  field: string[],
): Promise<VisibleCheckout> {
  if (opaqueIdOf(globalId, 'Checkout') === 'malformed')
    return { ok: false, error: userError('INVALID', 'This is not a checkout id.', field) };
  const row = await checkoutReference(context, globalId);
  return row ? { ok: true, checkout: row } : { ok: false, error: checkoutNotFound(field) };
}

export const checkoutNotFound = (field: string[] | null = ['checkoutId']) =>
  userError('CHECKOUT_NOT_FOUND', 'No checkout with this id was found.', field);
