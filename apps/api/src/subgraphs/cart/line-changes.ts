import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { findVariantsForPricing } from '../catalog/index.js';
import { findPurchaseLimits } from '../inventory/index.js';
import { newOpaqueId } from '../../platform/graphql/opaque-id.js';
import { variantIdOf } from './ids.js';
import { deleteLines, updateCart, upsertLines, type LineChange } from './repository.js';
import { CART_LIMITS } from './rules.js';
import type { CartLineRow } from './tables.js';
import { Refusal, userError, type CartUserError } from './user-errors.js';

type Field = Array<string | number>;

/** A variant's new quantity in a cart (0 removes its line). */
export interface QuantityChange {
  variantId: number;
  quantity: number;
  field: Field;
}

// Any global id shape: one of another type is a missing variant, anything else is malformed.
const SOME_GLOBAL_ID = /^gid:\/\/shop\/[A-Za-z]{1,40}\/[A-Za-z0-9_-]{1,40}$/;

/** Checks a quantity the shopper typed: 1…999 (0 too where it removes a line). */
export function checkQuantity(quantity: number | null | undefined, field: Field, allowZero: boolean) {
  if (quantity == null) return userError('INVALID', 'Give a quantity.', field);
  const min = allowZero ? 0 : 1;
  if (quantity < min) return userError('LESS_THAN', `The quantity must be at least ${min}.`, field);
  if (quantity > CART_LIMITS.maxLineQuantity)
    return userError('GREATER_THAN_MAX', `The quantity must be at most ${CART_LIMITS.maxLineQuantity}.`, field);
  return null;
}

/**
 * Parses `CartLineInput`s before anything touches the database: ids, quantities and the number of
 * lines per mutation. The same variant twice adds up.
 */
export function parseLineInputs(
  inputs: ReadonlyArray<{ merchandiseId: string; quantity?: number | null }>,
  root: Field,
): { wanted: Array<{ variantId: number; quantity: number; field: Field }>; errors: CartUserError[] } {
  if (inputs.length > CART_LIMITS.maxLinesPerMutation)
    return {
      wanted: [],
      errors: [userError('INVALID', `At most ${CART_LIMITS.maxLinesPerMutation} lines per request.`, root)],
    };
  const errors: CartUserError[] = [];
  const wanted: Array<{ variantId: number; quantity: number; field: Field }> = [];
  inputs.forEach((input, index) => {
    const field = [...root, index];
    const quantity = input.quantity === undefined ? 1 : input.quantity;
    const variantId = variantIdOf(input.merchandiseId);
    if (variantId === null) {
      errors.push(
        SOME_GLOBAL_ID.test(input.merchandiseId)
          ? userError('MERCHANDISE_NOT_FOUND', 'This product variant does not exist.', [...field, 'merchandiseId'])
          : userError('INVALID', 'This is not a product variant id.', [...field, 'merchandiseId']),
      );
      return;
    }
    const bad = checkQuantity(quantity, [...field, 'quantity'], false);
    if (bad) errors.push(bad);
    else wanted.push({ variantId, quantity: quantity!, field });
  });
  return { wanted, errors };
}

/**
 * Sets new quantities on a locked cart: each variant must exist, stay within 999 and its
 * maximum per order, and (when it grows) within the stock free now; the cart keeps at most 100
 * lines. Any problem refuses the whole change (the transaction rolls back).
 */
export async function applyQuantities(
  tx: DbExecutor,
  cartId: string,
  current: readonly CartLineRow[],
  changes: readonly QuantityChange[],
): Promise<void> {
  const byVariant = new Map(current.map((line) => [line.variantId, line]));
  const kept = changes.filter((change) => change.quantity > 0);
  const ids = kept.map((change) => change.variantId);
  const [variants, limits] = await Promise.all([findVariantsForPricing(tx, ids), findPurchaseLimits(tx, ids)]);
  const known = new Set(variants.map((variant) => variant.variantId));
  const errors: CartUserError[] = [];
  for (const change of kept) {
    const field = [...change.field, 'quantity'];
    if (!known.has(change.variantId)) {
      errors.push(userError('MERCHANDISE_NOT_FOUND', 'This product variant does not exist.', change.field));
      continue;
    }
    if (change.quantity > CART_LIMITS.maxLineQuantity) {
      errors.push(userError('GREATER_THAN_MAX', `At most ${CART_LIMITS.maxLineQuantity} of one item per cart.`, field));
      continue;
    }
    const limit = limits.get(change.variantId);
    if (limit?.maxPerOrder != null && change.quantity > limit.maxPerOrder) {
      errors.push(userError('GREATER_THAN_MAX', `At most ${limit.maxPerOrder} of this item per order.`, field));
      continue;
    }
    const grows = change.quantity > (byVariant.get(change.variantId)?.quantity ?? 0);
    if (limit?.tracked && grows && change.quantity > limit.available)
      errors.push(
        userError(
          'NOT_ENOUGH_STOCK',
          limit.available > 0 ? `Only ${limit.available} of this item are available.` : 'This item is sold out.',
          field,
        ),
      );
  }
  const after = new Set(current.map((line) => line.variantId));
  for (const change of changes) {
    if (change.quantity > 0) after.add(change.variantId);
    else after.delete(change.variantId);
  }
  if (after.size > CART_LIMITS.maxLinesPerCart)
    errors.push(userError('INVALID', `A cart holds at most ${CART_LIMITS.maxLinesPerCart} lines.`, ['lines']));
  if (errors.length) throw new Refusal(errors);

  let position = current.reduce((max, line) => Math.max(max, line.position), -1);
  const writes: LineChange[] = kept.map((change) => {
    const existing = byVariant.get(change.variantId);
    return existing
      ? { id: existing.id, variantId: change.variantId, quantity: change.quantity, position: existing.position }
      : { id: newOpaqueId(), variantId: change.variantId, quantity: change.quantity, position: ++position };
  });
  const removed = changes.flatMap((change) =>
    change.quantity === 0 && byVariant.has(change.variantId) ? [byVariant.get(change.variantId)!.id] : [],
  );
  await upsertLines(tx, cartId, writes);
  await deleteLines(tx, cartId, removed);
  await updateCart(tx, cartId, {});
}

/** Sums duplicate variants of one request into one change each, keeping the first field. */
export function sumByVariant<T extends { variantId: number; quantity: number; field: Field }>(items: readonly T[]) {
  const summed = new Map<number, { variantId: number; quantity: number; field: Field }>();
  for (const item of items) {
    const found = summed.get(item.variantId);
    if (found) found.quantity += item.quantity;
    else summed.set(item.variantId, { variantId: item.variantId, quantity: item.quantity, field: item.field });
  }
  return [...summed.values()];
}
