import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import {
  checkoutLines,
  checkouts,
  orderLines,
  orders,
  paymentAttempts,
  shippingRates,
  type AddressJson,
  type AttemptState,
  type CheckoutLineRow,
  type CheckoutRow,
  type OrderLineRow,
  type OrderRow,
  type PaymentAttemptRow,
  type ShippingRateRow,
} from './tables.js';

// Every statement of the checkout domain, named, batch-shaped where a loader calls it.

export function findCheckoutsByIds(db: DbExecutor, ids: readonly string[]): Promise<CheckoutRow[]> {
  return db
    .select()
    .from(checkouts)
    .where(inArray(checkouts.id, [...ids]));
}

export function findCheckoutLinesByCheckoutIds(db: DbExecutor, ids: readonly string[]): Promise<CheckoutLineRow[]> {
  return db
    .select()
    .from(checkoutLines)
    .where(inArray(checkoutLines.checkoutId, [...ids]))
    .orderBy(asc(checkoutLines.checkoutId), asc(checkoutLines.position));
}

/** Locks a checkout row for the rest of the transaction: completion and re-start are serialised per checkout. */
export async function lockCheckout(tx: DbExecutor, id: string): Promise<CheckoutRow | null> {
  const [row] = await tx.select().from(checkouts).where(eq(checkouts.id, id)).for('update');
  return row ?? null;
}

/** The id of a cart's open checkout, or null (unlocked: a hint, not a decision). */
export async function findOpenCheckoutIdOfCart(db: DbExecutor, cartId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: checkouts.id })
    .from(checkouts)
    .where(and(eq(checkouts.cartId, cartId), eq(checkouts.status, 'open')));
  return row?.id ?? null;
}

/** The open checkout of a cart, locked, or null. */
export async function lockOpenCheckoutOfCart(tx: DbExecutor, cartId: string): Promise<CheckoutRow | null> {
  const [row] = await tx
    .select()
    .from(checkouts)
    .where(and(eq(checkouts.cartId, cartId), eq(checkouts.status, 'open')))
    .for('update');
  return row ?? null;
}

export interface CheckoutStartValues {
  id: string;
  cartId: string;
  cartSnapshot: unknown;
  customerId: number | null;
  email: string | null;
  shippingAddress: AddressJson | null;
  reservedUntil: Date;
  lines: Array<{ cartLineId: string; variantId: number; quantity: number }>;
}

/**
 * Creates the cart's open checkout; null when another request created it first (the partial
 * unique index on open checkouts per cart decides), in which case the caller re-syncs that one.
 */
export async function insertCheckout(tx: DbExecutor, values: CheckoutStartValues): Promise<CheckoutRow | null> {
  const { lines, ...row } = values;
  const [inserted] = await tx
    .insert(checkouts)
    .values(row)
    .onConflictDoNothing({ target: checkouts.cartId, where: sql`${checkouts.status} = 'open'` })
    .returning();
  if (!inserted) return null;
  await replaceCheckoutLines(tx, inserted.id, lines);
  return inserted;
}

/**
 * Re-start: the checkout takes the cart's current lines and a new hold time. When the cart has
 * been claimed by a customer since (a guest who signed in), the checkout becomes theirs too, so
 * its order lands in their account and is not readable as a guest's.
 */
export async function resyncCheckout(
  tx: DbExecutor,
  id: string,
  values: Pick<CheckoutStartValues, 'cartSnapshot' | 'reservedUntil' | 'lines'> & {
    /** The cart's owner and email now. */
    cartOwnerId: number | null;
    cartEmail: string | null;
  },
): Promise<CheckoutRow> {
  const [row] = await tx
    .update(checkouts)
    .set({
      cartSnapshot: values.cartSnapshot,
      reservedUntil: values.reservedUntil,
      customerId: sql`coalesce(${values.cartOwnerId}::bigint, ${checkouts.customerId})`,
      email: sql`coalesce(${checkouts.email}, ${values.cartEmail}::text)`,
      updatedAt: sql`now()`,
    })
    .where(eq(checkouts.id, id))
    .returning();
  await replaceCheckoutLines(tx, id, values.lines);
  return row!;
}

async function replaceCheckoutLines(tx: DbExecutor, checkoutId: string, lines: CheckoutStartValues['lines']) {
  await tx.delete(checkoutLines).where(eq(checkoutLines.checkoutId, checkoutId));
  if (lines.length === 0) return;
  await tx.insert(checkoutLines).values(lines.map((line, position) => ({ ...line, checkoutId, position })));
}

export interface CheckoutPatch {
  email?: string;
  shippingAddress?: AddressJson;
  shippingRateHandle?: string | null;
}

/** Changes an open checkout; null when it is no longer open (completed meanwhile). */
export async function updateOpenCheckout(
  db: DbExecutor,
  id: string,
  patch: CheckoutPatch,
): Promise<CheckoutRow | null> {
  const [row] = await db
    .update(checkouts)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(checkouts.id, id), eq(checkouts.status, 'open')))
    .returning();
  return row ?? null;
}

export async function setReservedUntil(tx: DbExecutor, id: string, until: Date | null): Promise<void> {
  await tx
    .update(checkouts)
    .set({ reservedUntil: until, updatedAt: sql`now()` })
    .where(eq(checkouts.id, id));
}

/** Clears the hold time of an open checkout whose hold ran out (the expiry job); false when it was renewed. */
export async function clearExpiredReservation(tx: DbExecutor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(checkouts)
    .set({ reservedUntil: null, updatedAt: sql`now()` })
    .where(and(eq(checkouts.id, id), eq(checkouts.status, 'open'), lt(checkouts.reservedUntil, now)))
    .returning({ id: checkouts.id });
  return rows.length > 0;
}

export async function markCheckoutCompleted(tx: DbExecutor, id: string, orderId: string): Promise<void> {
  await tx
    .update(checkouts)
    .set({ status: 'completed', orderId, updatedAt: sql`now()` })
    .where(eq(checkouts.id, id));
}

export function findShippingRates(db: DbExecutor): Promise<ShippingRateRow[]> {
  return db.select().from(shippingRates).orderBy(asc(shippingRates.position), asc(shippingRates.handle));
}

/** Adds the given rates where their handle is free: seeding never overwrites an operator's change. */
export async function insertMissingShippingRates(
  db: DbExecutor,
  rates: ReadonlyArray<typeof shippingRates.$inferInsert>,
): Promise<void> {
  if (rates.length === 0) return;
  await db
    .insert(shippingRates)
    .values([...rates])
    .onConflictDoNothing({ target: shippingRates.handle });
}

export function findOrdersByIds(db: DbExecutor, ids: readonly string[]): Promise<OrderRow[]> {
  return db
    .select()
    .from(orders)
    .where(inArray(orders.id, [...ids]));
}

export function findOrderLinesByOrderIds(db: DbExecutor, ids: readonly string[]): Promise<OrderLineRow[]> {
  return db
    .select()
    .from(orderLines)
    .where(inArray(orderLines.orderId, [...ids]))
    .orderBy(asc(orderLines.orderId), asc(orderLines.position));
}

export interface OrderCursor {
  createdAt: string;
  id: string;
}

/** A customer's orders, newest first, from after `cursor`; fetches `limit` rows. */
export function findCustomerOrders(
  db: DbExecutor,
  customerId: number,
  cursor: OrderCursor | null,
  limit: number,
): Promise<OrderRow[]> {
  const after = cursor
    ? or(
        lt(orders.createdAt, new Date(cursor.createdAt)),
        and(eq(orders.createdAt, new Date(cursor.createdAt)), lt(orders.id, cursor.id)),
      )
    : undefined;
  return db
    .select()
    .from(orders)
    .where(and(eq(orders.customerId, customerId), after))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
}

export type OrderValues = typeof orders.$inferInsert;
export type OrderLineValues = Omit<typeof orderLines.$inferInsert, 'orderId' | 'position'>;

export async function insertOrder(tx: DbExecutor, order: OrderValues, lines: OrderLineValues[]): Promise<OrderRow> {
  const [row] = await tx.insert(orders).values(order).returning();
  if (lines.length > 0)
    await tx.insert(orderLines).values(lines.map((line, position) => ({ ...line, orderId: row!.id, position })));
  return row!;
}

export async function findOrderByCheckoutId(db: DbExecutor, checkoutId: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.checkoutId, checkoutId));
  return row ?? null;
}

/** Claims the right to send an order's confirmation (row-locked until commit); null when it was already sent. */
export async function markConfirmationSent(db: DbExecutor, orderId: string, at: Date): Promise<OrderRow | null> {
  const [row] = await db
    .update(orders)
    .set({ confirmationSentAt: at })
    .where(and(eq(orders.id, orderId), isNull(orders.confirmationSentAt)))
    .returning();
  return row ?? null;
}

export type AttemptValues = Pick<
  typeof paymentAttempts.$inferInsert,
  'id' | 'idempotencyKey' | 'checkoutId' | 'provider' | 'amount' | 'currencyCode' | 'discountCodes' | 'orderDraft'
>;

/** Records a charging attempt; null when the key is taken (by any checkout). */
export async function insertAttempt(tx: DbExecutor, values: AttemptValues): Promise<PaymentAttemptRow | null> {
  const [row] = await tx
    .insert(paymentAttempts)
    .values(values)
    .onConflictDoNothing({ target: paymentAttempts.idempotencyKey })
    .returning();
  return row ?? null;
}

export async function findAttemptByKey(db: DbExecutor, key: string): Promise<PaymentAttemptRow | null> {
  const [row] = await db.select().from(paymentAttempts).where(eq(paymentAttempts.idempotencyKey, key));
  return row ?? null;
}

export async function findAttemptById(db: DbExecutor, id: string): Promise<PaymentAttemptRow | null> {
  const [row] = await db.select().from(paymentAttempts).where(eq(paymentAttempts.id, id));
  return row ?? null;
}

/** The checkout's attempt that is charging right now, if any (at most one: a partial unique index). */
export async function findChargingAttempt(db: DbExecutor, checkoutId: string): Promise<PaymentAttemptRow | null> {
  const [row] = await db
    .select()
    .from(paymentAttempts)
    .where(and(eq(paymentAttempts.checkoutId, checkoutId), eq(paymentAttempts.state, 'charging')));
  return row ?? null;
}

/**
 * Moves a charging attempt to its outcome. Conditional on `charging`: of the request that charged
 * and the repair job, exactly one settles it; the other gets null and leaves it alone.
 */
export async function settleAttempt(
  tx: DbExecutor,
  id: string,
  outcome: {
    state: Exclude<AttemptState, 'charging'>;
    providerId?: string | null;
    reference?: string | null;
    message?: string | null;
    orderId?: string | null;
  },
): Promise<PaymentAttemptRow | null> {
  const [row] = await tx
    .update(paymentAttempts)
    .set({ ...outcome, updatedAt: sql`now()` })
    .where(and(eq(paymentAttempts.id, id), eq(paymentAttempts.state, 'charging')))
    .returning();
  return row ?? null;
}

/** Locks a charging attempt so the request and the repair job cannot both finish it. */
export async function lockChargingAttempt(tx: DbExecutor, id: string): Promise<PaymentAttemptRow | null> {
  const [row] = await tx
    .select()
    .from(paymentAttempts)
    .where(and(eq(paymentAttempts.id, id), eq(paymentAttempts.state, 'charging')))
    .for('update');
  return row ?? null;
}

/** Records which provider took the charge (after failover) before the outcome is known. */
export async function recordAttemptProvider(db: DbExecutor, id: string, providerId: string): Promise<void> {
  await db
    .update(paymentAttempts)
    .set({ providerId, updatedAt: sql`now()` })
    .where(and(eq(paymentAttempts.id, id), eq(paymentAttempts.state, 'charging')));
}
