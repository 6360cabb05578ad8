import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import {
  cartDiscountCodes,
  carts,
  discountCodes,
  lines,
  taxRates,
  type CartDiscountCodeRow,
  type CartLineRow,
  type CartRow,
  type CartStatus,
  type DiscountCodeRow,
  type TaxRateRow,
} from './tables.js';

// Every statement of the cart domain, named, batch-shaped where a loader calls it.

export function findCartsByIds(db: DbExecutor, ids: readonly string[]): Promise<CartRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(carts)
    .where(inArray(carts.id, [...ids]));
}

export function findLinesByCartIds(db: DbExecutor, cartIds: readonly string[]): Promise<CartLineRow[]> {
  if (cartIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(lines)
    .where(inArray(lines.cartId, [...cartIds]))
    .orderBy(asc(lines.cartId), asc(lines.position));
}

export function findLinesByIds(db: DbExecutor, ids: readonly string[]): Promise<CartLineRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(lines)
    .where(inArray(lines.id, [...ids]));
}

export function findCodesByCartIds(db: DbExecutor, cartIds: readonly string[]): Promise<CartDiscountCodeRow[]> {
  if (cartIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(cartDiscountCodes)
    .where(inArray(cartDiscountCodes.cartId, [...cartIds]))
    .orderBy(asc(cartDiscountCodes.cartId), asc(cartDiscountCodes.position));
}

export function findDiscountRules(db: DbExecutor, codes: readonly string[]): Promise<DiscountCodeRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(discountCodes)
    .where(inArray(discountCodes.code, [...new Set(codes)]));
}

export function findTaxRates(db: DbExecutor, countryCodes: readonly string[]): Promise<TaxRateRow[]> {
  if (countryCodes.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(taxRates)
    .where(inArray(taxRates.countryCode, [...new Set(countryCodes)]));
}

/** Locks a cart row for the rest of the transaction: every change to one cart is serialised. */
export async function lockCart(tx: DbExecutor, id: string): Promise<CartRow | null> {
  const [row] = await tx.select().from(carts).where(eq(carts.id, id)).for('update');
  return row ?? null;
}

/** A customer's newest open cart other than `exceptId`, locked, or null. */
export async function lockOpenCartOfCustomer(
  tx: DbExecutor,
  customerId: number,
  exceptId: string,
): Promise<CartRow | null> {
  const [row] = await tx
    .select()
    .from(carts)
    .where(and(eq(carts.customerId, customerId), eq(carts.status, 'open'), sql`${carts.id} <> ${exceptId}`))
    .orderBy(sql`${carts.updatedAt} desc`)
    .limit(1)
    .for('update');
  return row ?? null;
}

export async function insertCart(
  tx: DbExecutor,
  values: { id: string; customerId: number | null; email: string | null; countryCode: string | null },
): Promise<CartRow> {
  const [row] = await tx.insert(carts).values(values).returning();
  return row!;
}

/** Sets the buyer fields given (undefined leaves a field alone) and marks the cart changed. */
export async function updateCart(
  tx: DbExecutor,
  id: string,
  values: { email?: string | null; countryCode?: string | null; customerId?: number | null; status?: CartStatus },
): Promise<void> {
  await tx
    .update(carts)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(carts.id, id));
}

export interface LineChange {
  id: string;
  variantId: number;
  quantity: number;
  position: number;
}

/** Writes new lines and new quantities of existing ones (matched on the cart's variant) in one statement. */
export async function upsertLines(tx: DbExecutor, cartId: string, changes: readonly LineChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx
    .insert(lines)
    .values(changes.map((change) => ({ ...change, cartId })))
    .onConflictDoUpdate({
      target: [lines.cartId, lines.variantId],
      set: { quantity: sql`excluded.quantity` },
    });
}

export async function deleteLines(tx: DbExecutor, cartId: string, lineIds: readonly string[]): Promise<void> {
  if (lineIds.length === 0) return;
  await tx.delete(lines).where(and(eq(lines.cartId, cartId), inArray(lines.id, [...lineIds])));
}

/** Replaces a cart's discount codes with `codes`, in order. */
export async function replaceCodes(tx: DbExecutor, cartId: string, codes: readonly string[]): Promise<void> {
  await tx.delete(cartDiscountCodes).where(eq(cartDiscountCodes.cartId, cartId));
  if (codes.length === 0) return;
  await tx.insert(cartDiscountCodes).values(codes.map((code, position) => ({ cartId, code, position })));
}

/** Takes one use of a code if its limit allows (a conditional update: the CHECK is the backstop). */
export async function consumeUse(tx: DbExecutor, code: string): Promise<boolean> {
  const rows = await tx
    .update(discountCodes)
    .set({ usedCount: sql`${discountCodes.usedCount} + 1` })
    .where(
      and(
        eq(discountCodes.code, code),
        or(isNull(discountCodes.usageLimit), lt(discountCodes.usedCount, discountCodes.usageLimit)),
      ),
    )
    .returning({ code: discountCodes.code });
  return rows.length === 1;
}

export async function returnUse(tx: DbExecutor, code: string): Promise<void> {
  await tx
    .update(discountCodes)
    .set({ usedCount: sql`${discountCodes.usedCount} - 1` })
    .where(and(eq(discountCodes.code, code), gt(discountCodes.usedCount, 0)));
}

export async function setCartStatus(tx: DbExecutor, id: string, status: CartStatus): Promise<void> {
  await tx
    .update(carts)
    .set({ status, updatedAt: sql`now()` })
    .where(eq(carts.id, id));
}
