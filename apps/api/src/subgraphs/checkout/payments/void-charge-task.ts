import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import { enqueueJob } from '../../../platform/queue/enqueue.js';
import type { TaskContext } from '../../../worker/task-context.js';
import type { PaymentRouter, UncertainCharge } from './router.js';

// Long enough for a request still in flight at the provider when the router gave up on it to
// have landed (a void before it lands would find nothing and the charge would stay).
const VOID_DELAY_MS = 2 * 60_000;

/**
 * `onUncertainCharge` for the router: queues `checkout.void-charge`. One job per instance and
 * attempt (jobKey), and the queue retries it with backoff until the provider confirms.
 */
export function queueUncertainVoid(db: DbExecutor, now: () => Date = () => new Date()) {
  return async (charge: UncertainCharge): Promise<void> => {
    await enqueueJob(db, 'checkout.void-charge', charge, {
      runAt: new Date(now().getTime() + VOID_DELAY_MS),
      jobKey: `void:${charge.providerId}:${charge.attemptId}`,
    });
  };
}

/** Voids at the instance; throws when it cannot confirm, so the queue retries. Voiding twice is harmless. */
export async function voidUncertainCharge(payments: Pick<PaymentRouter, 'void'>, charge: UncertainCharge) {
  await payments.void(charge.providerId, charge.attemptId);
}

/** Payments' job handlers; checkout's `checkoutTasks` includes them. */
export const paymentTasks = {
  'checkout.void-charge': async (payload: UncertainCharge, context: TaskContext) => {
    await voidUncertainCharge(context.payments, payload);
  },
};
