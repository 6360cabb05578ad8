import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import type { Identity } from '../../platform/identity.js';
import { isVisibleTo } from '../../platform/ownership.js';
import { opaqueRefsOf } from '../../platform/graphql/opaque-id.js';
import { findCartsByIds, findLinesByIds } from './repository.js';

export const CART_NODE_TYPES = ['Cart', 'CartLine'] as const;
export type CartNodeType = (typeof CART_NODE_TYPES)[number];

/**
 * For `node`/`nodes` (served by the catalog): which of these Cart and CartLine global ids the
 * caller may see, in order, in at most three statements for any number of ids. A malformed,
 * missing or foreign id is false, the same answer, so `node` returns null for all three alike.
 */
export async function visibleCartNodes(
  db: DbExecutor,
  identity: Identity | null,
  globalIds: readonly string[],
): Promise<boolean[]> {
  const parsed = opaqueRefsOf(globalIds, CART_NODE_TYPES);
  const idsOf = (type: CartNodeType) => parsed.flatMap((ref) => (ref?.type === type ? [ref.id] : []));
  const lines = await findLinesByIds(db, idsOf('CartLine'));
  const carts = await findCartsByIds(db, [...new Set([...idsOf('Cart'), ...lines.map((line) => line.cartId)])]);
  const visibleCarts = new Set(carts.filter((cart) => isVisibleTo(identity, cart)).map((cart) => cart.id));
  const visible = new Set([
    ...idsOf('Cart')
      .filter((id) => visibleCarts.has(id))
      .map((id) => `Cart:${id}`),
    ...lines.filter((line) => visibleCarts.has(line.cartId)).map((line) => `CartLine:${line.id}`),
  ]);
  return parsed.map((ref) => ref !== null && visible.has(`${ref.type}:${ref.id}`));
}
