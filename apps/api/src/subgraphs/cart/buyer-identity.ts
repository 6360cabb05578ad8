import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { findPurchaseLimits } from '../inventory/index.js';
import {
  isCountryCode,
  isValidEmail,
  isWellFormedToken,
  normalizeEmail,
  resolveAccessToken,
} from '../customers/index.js';
import type { CartContext } from './context.js';
import type { CartBuyerIdentityInput } from './generated/resolvers-types.js';
import { newOpaqueId } from '../../platform/graphql/opaque-id.js';
import {
  findCodesByCartIds,
  findLinesByCartIds,
  lockOpenCartOfCustomer,
  replaceCodes,
  setCartStatus,
  updateCart,
  upsertLines,
  type LineChange,
} from './repository.js';
import { CART_LIMITS } from './rules.js';
import type { CartRow } from './tables.js';
import { userError, type CartUserError } from './user-errors.js';

const MAX_TOKEN_LENGTH = 200;

export interface CheckedBuyer {
  /** undefined: leave as is; null: clear. */
  email?: string | null;
  countryCode?: string | null;
  /** The customer the access token names, when one was given (always the caller). */
  customerId?: number;
}

/**
 * Validates `CartBuyerIdentityInput`. A `customerAccessToken` must belong to the customer making
 * the request (the gateway has already resolved the caller from the same or another credential):
 * a token of someone else, or one given anonymously, is refused and changes nothing.
 */
export async function checkBuyerIdentity(
  context: CartContext,
  input: CartBuyerIdentityInput,
  root: string[],
): Promise<{ ok: true; value: CheckedBuyer } | { ok: false; errors: CartUserError[] }> {
  const errors: CartUserError[] = [];
  const value: CheckedBuyer = {};
  if (input.email !== undefined) {
    const email = input.email?.trim() ?? '';
    if (email === '') value.email = null;
    else if (email.length > CART_LIMITS.maxEmailLength || !isValidEmail(email))
      errors.push(userError('INVALID', 'Enter a valid email address.', [...root, 'email']));
    else value.email = normalizeEmail(email);
  }
  if (input.countryCode !== undefined) {
    const code = input.countryCode?.trim().toUpperCase() ?? '';
    if (code === '') value.countryCode = null;
    else if (code.length !== 2 || !isCountryCode(code))
      errors.push(userError('INVALID', 'Enter a two-letter ISO country code, e.g. DE.', [...root, 'countryCode']));
    else value.countryCode = code;
  }
  if (input.customerAccessToken != null) {
    const token = input.customerAccessToken;
    const identity =
      token.length <= MAX_TOKEN_LENGTH && isWellFormedToken(token) ? await resolveAccessToken(context.db, token) : null;
    const caller = context.identity;
    if (identity?.kind !== 'customer' || caller?.kind !== 'customer' || identity.customerId !== caller.customerId)
      errors.push(
        userError('INVALID', 'This access token does not belong to the signed-in customer.', [
          ...root,
          'customerAccessToken',
        ]),
      );
    else value.customerId = identity.customerId;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/**
 * Applies a checked buyer identity to a locked, visible, open cart. With a customer: a guest cart
 * joins the customer's open cart (quantities summed, capped at 999 and the maximum per order; at
 * most 100 lines and 10 codes), becomes `merged`, and the customer's cart is the answer; without
 * an open cart of theirs, the customer simply claims this one. Returns the id of the cart to show.
 */
export async function applyBuyerIdentity(tx: DbExecutor, cart: CartRow, buyer: CheckedBuyer): Promise<string> {
  const fields = { email: buyer.email, countryCode: buyer.countryCode };
  if (buyer.customerId === undefined || cart.customerId === buyer.customerId) {
    await updateCart(tx, cart.id, fields);
    return cart.id;
  }
  const target = await lockOpenCartOfCustomer(tx, buyer.customerId, cart.id);
  if (!target) {
    await updateCart(tx, cart.id, { ...fields, customerId: buyer.customerId });
    return cart.id;
  }
  await mergeInto(tx, cart, target);
  await updateCart(tx, target.id, {
    email: buyer.email !== undefined ? buyer.email : (target.email ?? cart.email),
    countryCode: buyer.countryCode !== undefined ? buyer.countryCode : (target.countryCode ?? cart.countryCode),
  });
  await setCartStatus(tx, cart.id, 'merged');
  return target.id;
}

async function mergeInto(tx: DbExecutor, guest: CartRow, target: CartRow): Promise<void> {
  const [lines, codes] = await Promise.all([
    findLinesByCartIds(tx, [guest.id, target.id]),
    findCodesByCartIds(tx, [guest.id, target.id]),
  ]);
  const targetLines = lines.filter((line) => line.cartId === target.id);
  const guestLines = lines.filter((line) => line.cartId === guest.id);
  const limits = await findPurchaseLimits(
    tx,
    guestLines.map((line) => line.variantId),
  );
  const byVariant = new Map(targetLines.map((line) => [line.variantId, line]));
  let position = targetLines.reduce((max, line) => Math.max(max, line.position), -1);
  let count = targetLines.length;
  const writes: LineChange[] = [];
  for (const line of guestLines) {
    const existing = byVariant.get(line.variantId);
    if (!existing && count >= CART_LIMITS.maxLinesPerCart) continue;
    const cap = Math.min(CART_LIMITS.maxLineQuantity, limits.get(line.variantId)?.maxPerOrder ?? Infinity);
    const quantity = Math.min(cap, (existing?.quantity ?? 0) + line.quantity);
    if (quantity <= 0) continue;
    if (existing) writes.push({ id: existing.id, variantId: line.variantId, quantity, position: existing.position });
    else {
      writes.push({ id: newOpaqueId(), variantId: line.variantId, quantity, position: ++position });
      count += 1;
    }
  }
  await upsertLines(tx, target.id, writes);
  const merged = [
    ...new Set([
      ...codes.filter((code) => code.cartId === target.id).map((code) => code.code),
      ...codes.filter((code) => code.cartId === guest.id).map((code) => code.code),
    ]),
  ].slice(0, CART_LIMITS.maxDiscountCodes);
  await replaceCodes(tx, target.id, merged);
}
