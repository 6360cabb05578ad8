import type { Db } from '../../platform/db/client.js';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { log } from '../../platform/log.js';
import { enqueueJob } from '../../platform/queue/enqueue.js';
import { markCartCompleted, returnDiscountUse } from '../cart/index.js';
import { commitHold } from '../inventory/index.js';
import { failureMessage } from './attempt-outcome.js';
import { newOpaqueId } from '../../platform/graphql/opaque-id.js';
import type { PaymentRouter } from './payments/index.js';
import {
  findAttemptById,
  insertOrder,
  lockChargingAttempt,
  lockCheckout,
  markCheckoutCompleted,
  setReservedUntil,
  settleAttempt,
} from './repository.js';
import type { OrderDraft, PaymentAttemptRow } from './tables.js';

/** What the provider said about a charge, as far as settling it goes. */
export type ChargeResult =
  | { status: 'succeeded'; providerId: string; reference: string | null }
  | { status: 'declined'; providerId: string | null; message: string }
  | { status: 'failed'; providerId: string | null; message: string };

async function returnDiscountUses(tx: DbExecutor, codes: readonly string[]) {
  for (const code of codes) await returnDiscountUse(tx, code);
}

/**
 * Step 3 of checkoutComplete, and the repair job's way to finish an interrupted one: turns a
 * charging attempt into its outcome in one transaction. Succeeded: the hold becomes a sale, the
 * order is created from the draft that was charged, checkout and cart are completed and the
 * confirmation is queued. Declined or failed: the discount uses go back and the stock stays held
 * for a retry. Exactly one caller settles an attempt (row lock + `state = 'charging'`); the other
 * gets the settled row back. A charge whose stock was lost meanwhile is voided.
 */
export async function settleCharge(
  db: Db,
  payments: Pick<PaymentRouter, 'void'>,
  attempt: PaymentAttemptRow,
  result: ChargeResult,
): Promise<PaymentAttemptRow> {
  let voidCharge: { providerId: string; reference: string | null } | null = null;
  const settled = await db.transaction(async (tx) => {
    const checkout = await lockCheckout(tx, attempt.checkoutId);
    const live = await lockChargingAttempt(tx, attempt.id);
    if (!checkout || !live) return null;
    if (result.status !== 'succeeded') {
      await returnDiscountUses(tx, live.discountCodes);
      return settleAttempt(tx, live.id, {
        state: result.status,
        providerId: result.providerId,
        message: result.status === 'declined' ? result.message : failureMessage('PAYMENT_UNAVAILABLE', result.message),
      });
    }
    const draft = live.orderDraft as OrderDraft;
    const sold = await commitHold(tx, checkout.id);
    if (!sold.ok) {
      // The stock went back before the charge settled (a hold cannot outlive its time): no order
      // can be made, so the money goes back.
      voidCharge = { providerId: result.providerId, reference: result.reference };
      await returnDiscountUses(tx, live.discountCodes);
      await setReservedUntil(tx, checkout.id, null);
      return settleAttempt(tx, live.id, {
        state: 'failed',
        providerId: result.providerId,
        reference: result.reference,
        message: failureMessage(
          'RESERVATION_EXPIRED',
          'Your reservation ran out before the payment went through; the payment has been cancelled.',
        ),
      });
    }
    const order = await insertOrder(
      tx,
      {
        id: newOpaqueId(),
        checkoutId: checkout.id,
        customerId: checkout.customerId,
        email: draft.email,
        shippingAddress: draft.shippingAddress,
        shippingRateHandle: draft.shippingRateHandle,
        subtotal: draft.subtotal,
        discount: draft.discount,
        shipping: draft.shipping,
        tax: draft.tax,
        total: draft.total,
        currencyCode: draft.currencyCode,
        financialStatus: 'PAID',
      },
      draft.lines,
    );
    await markCheckoutCompleted(tx, checkout.id, order.id);
    await markCartCompleted(tx, checkout.cartId);
    await enqueueJob(tx, 'checkout.order-confirmation', { orderId: order.id }, { jobKey: `confirm:${order.id}` });
    return settleAttempt(tx, live.id, {
      state: 'succeeded',
      providerId: result.providerId,
      reference: result.reference,
      orderId: order.id,
    });
  });
  if (voidCharge) await voidBestEffort(payments, voidCharge, attempt.id);
  if (settled) return settled;
  // Someone else settled it first (the request or the repair job): theirs is the answer.
  return (await findAttemptById(db, attempt.id))!;
}

/** Voids a charge; a failure is logged, and the repair job's provider lookup is the backstop. */
async function voidBestEffort(
  payments: Pick<PaymentRouter, 'void'>,
  charge: { providerId: string; reference: string | null },
  attemptId: string,
): Promise<void> {
  try {
    await payments.void(charge.providerId, attemptId, charge.reference ?? undefined);
  } catch (error) {
    log.error('could not void a charge', { attemptId, providerId: charge.providerId, error: String(error) });
  }
}
