import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { ownerOf } from '../../platform/ownership.js';
import { applyBuyerIdentity, checkBuyerIdentity, type CheckedBuyer } from './buyer-identity.js';
import type { CartContext } from './context.js';
import { editCart, type CartResult } from './edit-cart.js';
import type {
  CartBuyerIdentityInput,
  CartInput,
  CartLineInput,
  CartLineUpdateInput,
} from './generated/resolvers-types.js';
import { newOpaqueId, opaqueIdOf } from '../../platform/graphql/opaque-id.js';
import { applyQuantities, checkQuantity, parseLineInputs, sumByVariant, type QuantityChange } from './line-changes.js';
import { findDiscountRules, findLinesByCartIds, insertCart, replaceCodes } from './repository.js';
import { CART_LIMITS, normalizeCode } from './rules.js';
import { Refusal, userError, type CartUserError } from './user-errors.js';

// The cart mutations. Each is one transaction: input is checked first, then the change is made
// on the locked cart, and any user error rolls the whole change back.

/** cartCreate: a signed-in customer owns the new cart; a guest's is visible to whoever holds its id. */
export async function createCart(context: CartContext, input: CartInput | null | undefined): Promise<CartResult> {
  const errors: CartUserError[] = [];
  const parsed = parseLineInputs(input?.lines ?? [], ['input', 'lines']);
  errors.push(...parsed.errors);
  const codes = checkCodes(input?.discountCodes ?? [], ['input', 'discountCodes']);
  errors.push(...codes.errors);
  const buyer = input?.buyerIdentity
    ? await checkBuyerIdentity(context, input.buyerIdentity, ['input', 'buyerIdentity'])
    : { ok: true as const, value: {} as CheckedBuyer };
  if (!buyer.ok) errors.push(...buyer.errors);
  if (errors.length || !buyer.ok) return { cart: null, userErrors: errors };
  try {
    const id = await context.db.transaction(async (tx) => {
      const cart = await insertCart(tx, {
        id: newOpaqueId(),
        customerId: ownerOf(context.identity),
        email: buyer.value.email ?? null,
        countryCode: buyer.value.countryCode ?? null,
      });
      await applyQuantities(tx, cart.id, [], sumByVariant(parsed.wanted));
      await storeCodes(tx, cart.id, codes.codes, ['input', 'discountCodes']);
      return cart.id;
    });
    return { cart: await context.loaders.cartById.load(id), userErrors: [] };
  } catch (error) {
    if (error instanceof Refusal) return { cart: null, userErrors: error.errors };
    throw error;
  }
}

/** cartLinesAdd: a variant already in the cart adds to its line. */
export function addLines(context: CartContext, cartId: string, inputs: readonly CartLineInput[]): Promise<CartResult> {
  const parsed = parseLineInputs(inputs, ['lines']);
  if (parsed.errors.length) return refuse(context, cartId, parsed.errors);
  return editCart(context, cartId, async (tx, cart) => {
    const current = await findLinesByCartIds(tx, [cart.id]);
    const quantities = new Map(current.map((line) => [line.variantId, line.quantity]));
    const changes = sumByVariant(parsed.wanted).map((want) => ({
      ...want,
      quantity: (quantities.get(want.variantId) ?? 0) + want.quantity,
    }));
    await applyQuantities(tx, cart.id, current, changes);
  });
}

/** cartLinesUpdate: new quantities by line id; 0 removes the line. */
export function updateLines(
  context: CartContext,
  cartId: string,
  inputs: readonly CartLineUpdateInput[],
): Promise<CartResult> {
  if (inputs.length > CART_LIMITS.maxLinesPerMutation) return refuse(context, cartId, [tooManyLines(['lines'])]);
  const errors: CartUserError[] = [];
  const wanted: LineWanted[] = [];
  inputs.forEach((input, index) => {
    const idField = ['lines', index, 'id'];
    const lineId = lineIdOf(input.id, idField, errors);
    const bad = checkQuantity(input.quantity, ['lines', index, 'quantity'], true);
    if (bad) errors.push(bad);
    else if (lineId) wanted.push({ lineId, quantity: input.quantity, field: ['lines', index], idField });
  });
  if (errors.length) return refuse(context, cartId, errors);
  return editCart(context, cartId, (tx, cart) => changeLines(tx, cart.id, wanted));
}

/** cartLinesRemove: removes lines by id; an id that is not a line of this cart refuses the whole change. */
export function removeLines(context: CartContext, cartId: string, lineIds: readonly string[]): Promise<CartResult> {
  if (lineIds.length > CART_LIMITS.maxLinesPerMutation) return refuse(context, cartId, [tooManyLines(['lineIds'])]);
  const errors: CartUserError[] = [];
  const wanted: LineWanted[] = [];
  lineIds.forEach((value, index) => {
    const field = ['lineIds', index];
    const lineId = lineIdOf(value, field, errors);
    if (lineId) wanted.push({ lineId, quantity: 0, field, idField: field });
  });
  if (errors.length) return refuse(context, cartId, errors);
  return editCart(context, cartId, (tx, cart) => changeLines(tx, cart.id, wanted));
}

/** A new quantity for a line named by id (0 removes it); `idField` is where an unknown id is reported. */
interface LineWanted {
  lineId: string;
  quantity: number;
  field: Array<string | number>;
  idField: Array<string | number>;
}

/**
 * Sets quantities of the locked cart's lines by id, for cartLinesUpdate and cartLinesRemove: an
 * id that is not a line of this cart refuses the whole change; the last quantity given for a
 * line wins.
 */
async function changeLines(tx: DbExecutor, cartId: string, wanted: readonly LineWanted[]): Promise<void> {
  const current = await findLinesByCartIds(tx, [cartId]);
  const byId = new Map(current.map((line) => [line.id, line]));
  const errors: CartUserError[] = [];
  const changes = new Map<number, QuantityChange>();
  for (const want of wanted) {
    const line = byId.get(want.lineId);
    if (!line) errors.push(unknownLine(want.idField));
    else changes.set(line.variantId, { variantId: line.variantId, quantity: want.quantity, field: want.field });
  }
  if (errors.length) throw new Refusal(errors);
  await applyQuantities(tx, cartId, current, [...changes.values()]);
}

/** cartDiscountCodesUpdate: replaces the codes; a code the shop does not know is refused. */
export function setDiscountCodes(context: CartContext, cartId: string, discountCodes: readonly string[]) {
  const checked = checkCodes(discountCodes, ['discountCodes']);
  if (checked.errors.length) return refuse(context, cartId, checked.errors);
  return editCart(context, cartId, async (tx, cart) => {
    await storeCodes(tx, cart.id, checked.codes, ['discountCodes']);
  });
}

/** cartBuyerIdentityUpdate: email, country and, with the caller's own access token, the merge on sign-in. */
export async function setBuyerIdentity(
  context: CartContext,
  cartId: string,
  input: CartBuyerIdentityInput,
): Promise<CartResult> {
  const checked = await checkBuyerIdentity(context, input, ['buyerIdentity']);
  if (!checked.ok) return refuse(context, cartId, checked.errors);
  return editCart(context, cartId, (tx, cart) => applyBuyerIdentity(tx, cart, checked.value));
}

/** Answers user errors found before the transaction, with the cart unchanged (or CART_NOT_FOUND first). */
function refuse(context: CartContext, cartId: string, errors: CartUserError[]): Promise<CartResult> {
  return editCart(context, cartId, () => {
    throw new Refusal(errors);
  });
}

function checkCodes(codes: readonly string[], root: string[]): { codes: string[]; errors: CartUserError[] } {
  if (codes.length > CART_LIMITS.maxDiscountCodes)
    return {
      codes: [],
      errors: [userError('INVALID', `At most ${CART_LIMITS.maxDiscountCodes} discount codes per cart.`, root)],
    };
  const errors: CartUserError[] = [];
  const normalized: string[] = [];
  codes.forEach((raw, index) => {
    const code = normalizeCode(raw);
    if (code.length === 0 || code.length > CART_LIMITS.maxDiscountCodeLength || hasControlCharacter(code))
      errors.push(
        userError('INVALID', `A discount code has 1 to ${CART_LIMITS.maxDiscountCodeLength} characters.`, [
          ...root,
          index,
        ]),
      );
    else if (!normalized.includes(code)) normalized.push(code);
  });
  return { codes: normalized, errors };
}

/** Stores codes the shop knows; an unknown one refuses the change (a known one that does not apply yet is kept, shown as not applicable). */
async function storeCodes(tx: DbExecutor, cartId: string, codes: readonly string[], root: string[]) {
  const known = new Set((await findDiscountRules(tx, codes)).map((rule) => rule.code));
  const errors = codes.flatMap((code, index) =>
    known.has(code)
      ? []
      : [userError('DISCOUNT_CODE_NOT_APPLICABLE', `The discount code ${code} is not valid.`, [...root, index])],
  );
  if (errors.length) throw new Refusal(errors);
  await replaceCodes(tx, cartId, codes);
}

function lineIdOf(value: string, field: Array<string | number>, errors: CartUserError[]): string | null {
  const id = opaqueIdOf(value, 'CartLine');
  if (id === 'malformed') errors.push(userError('INVALID', 'This is not a cart line id.', field));
  else if (id === null) errors.push(unknownLine(field));
  return typeof id === 'string' && id !== 'malformed' ? id : null;
}

const unknownLine = (field: Array<string | number>) =>
  userError('INVALID_MERCHANDISE_LINE', 'This line is not in the cart.', field);

const tooManyLines = (field: string[]) =>
  userError('INVALID', `At most ${CART_LIMITS.maxLinesPerMutation} lines per request.`, field);

/** Codes are printed on receipts and in emails: no control characters (NUL cannot even be stored). */
const hasControlCharacter = (text: string) => [...text].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f');
