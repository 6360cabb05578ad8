import type { Db } from '../../platform/db/client.js';
import { log } from '../../platform/log.js';
import type { PaymentRouter } from './payments/index.js';
import { findAttemptById } from './repository.js';
import { settleCharge, voidBestEffort } from './settle-charge.js';
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
  payments: Pick<PaymentRouter, 'lookup' | 'void'>,
  attemptId: string,
): Promise<PaymentAttemptRow | null> {
  const attempt = await findAttemptById(db, attemptId);
  if (!attempt || attempt.state !== 'charging') return attempt;
  const providerId = attempt.providerId ?? attempt.provider;
  const status = await payments.lookup(providerId, attempt.id);
  log.info('repairing an interrupted payment attempt', { attemptId, providerId, status });
  if (status === 'succeeded')
    return settleCharge(db, payments, attempt, { status: 'succeeded', providerId, reference: attempt.reference });
  const settled = await settleCharge(db, payments, attempt, {
    status: 'failed',
    providerId,
    message: 'The payment could not be confirmed, so it was cancelled; nothing was charged.',
  });
  // Unknown may still become a charge at the provider: cancel it so it never does.
  if (status === 'unknown') await voidBestEffort(payments, { providerId, reference: attempt.reference }, attempt.id);
  return settled;
}
