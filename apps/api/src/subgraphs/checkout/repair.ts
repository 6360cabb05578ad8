import type { Db } from '../../platform/db/client.js';
import { log } from '../../platform/log.js';
import type { PaymentRouter } from './payments/index.js';
import { findAttemptById } from './repository.js';
import { settleCharge } from './settle-charge.js';
import type { PaymentAttemptRow } from './tables.js';

/**
 * The repair of an attempt left `charging` (the process died between charge and order, or the
 * provider's answer never came): ask the provider what became of the charge and finish the
 * checkout the same way the request would have. Succeeded: the order is created (or, when the
 * stock is gone, the charge voided). Failed or unknown: the attempt fails, the discount use goes
 * back and any charge is voided best-effort. Idempotent: a settled attempt is left alone.
 */
export async function repairAttempt(
  db: Db,
  payments: Pick<PaymentRouter, 'lookup' | 'void' | 'locate' | 'voidAll'>,
  attemptId: string,
): Promise<PaymentAttemptRow | null> {
  const attempt = await findAttemptById(db, attemptId);
  if (!attempt || attempt.state !== 'charging') return attempt;
  // The instance is recorded only with the outcome; a crash mid-charge (perhaps mid-failover)
  // leaves just the kind the shopper chose, so every instance of it is asked.
  const found = attempt.providerId
    ? { status: await payments.lookup(attempt.providerId, attempt.id), providerId: attempt.providerId }
    : await payments.locate(attempt.provider, attempt.id);
  log.info('repairing an interrupted payment attempt', {
    attemptId,
    providerId: found.providerId,
    status: found.status,
  });
  if (found.status === 'succeeded' && found.providerId)
    return settleCharge(db, payments, attempt, {
      status: 'succeeded',
      providerId: found.providerId,
      reference: attempt.reference,
    });
  const settled = await settleCharge(db, payments, attempt, {
    status: 'failed',
    providerId: found.providerId,
    message: 'The payment could not be confirmed, so it was cancelled; nothing was charged.',
  });
  // Unknown may still become a charge at the provider: cancel it wherever it may be.
  if (found.status === 'unknown') {
    try {
      if (found.providerId) await payments.void(found.providerId, attempt.id);
      else await payments.voidAll(attempt.provider, attempt.id);
    } catch (error) {
      log.error('could not void an unconfirmed charge', { attemptId, error: String(error) });
    }
  }
  return settled;
}
