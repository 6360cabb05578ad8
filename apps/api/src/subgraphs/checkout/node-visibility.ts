import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import type { Identity } from '../../platform/identity.js';
import { isVisibleTo } from '../../platform/ownership.js';
import { opaqueRefsOf } from '../../platform/graphql/opaque-id.js';
import { findCheckoutsByIds, findOrdersByIds } from './repository.js';

export const CHECKOUT_NODE_TYPES = ['Checkout', 'Order'] as const;
export type CheckoutNodeType = (typeof CHECKOUT_NODE_TYPES)[number];

/**
 * For `node`/`nodes` (served by the catalog): which of these Checkout and Order global ids the
 * caller may see, in order, in two statements for any number of ids. A malformed, missing or
 * foreign id is false, the same answer, so `node` returns null for all three alike.
 */
export async function visibleCheckoutNodes(
  db: DbExecutor,
  identity: Identity | null,
  globalIds: readonly string[],
): Promise<boolean[]> {
  const parsed = opaqueRefsOf(globalIds, CHECKOUT_NODE_TYPES);
  const idsOf = (type: CheckoutNodeType) => parsed.flatMap((ref) => (ref?.type === type ? [ref.id] : []));
  const checkoutIds = idsOf('Checkout');
  const orderIds = idsOf('Order');
  const [checkouts, orders] = await Promise.all([
    checkoutIds.length ? findCheckoutsByIds(db, checkoutIds) : [],
    orderIds.length ? findOrdersByIds(db, orderIds) : [],
  ]);
  const visible = new Set([
    ...checkouts.filter((row) => isVisibleTo(identity, row)).map((row) => `Checkout:${row.id}`),
    ...orders.filter((row) => isVisibleTo(identity, row)).map((row) => `Order:${row.id}`),
  ]);
  return parsed.map((ref) => ref !== null && visible.has(`${ref.type}:${ref.id}`));
}
