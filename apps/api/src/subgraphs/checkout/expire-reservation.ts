import type { Db } from '../../platform/db/client.js';
import { releaseHold } from '../inventory/index.js';
import { clearExpiredReservation, findChargingAttempt, lockCheckout } from './repository.js';
import { reservationAlive } from './rules.js';

/**
 * The job queued at a checkout's `reservedUntil`: gives the held stock back when the hold has run
 * out. Idempotent, and a no-op when the checkout completed, was re-started (a later hold) or is
 * being charged right now (the charge's outcome decides; the repair job covers a crash).
 */
export async function expireReservation(db: Db, checkoutId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const checkout = await lockCheckout(tx, checkoutId);
    if (!checkout || checkout.status !== 'open' || checkout.reservedUntil === null) return false;
    if (reservationAlive(checkout, now)) return false;
    if (await findChargingAttempt(tx, checkoutId)) return false;
    await releaseHold(tx, checkoutId);
    await clearExpiredReservation(tx, checkoutId, now);
    return true;
  });
}
