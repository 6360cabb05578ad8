import type { TaskHandlers } from '../../worker/task-context.js';
import { expireReservation } from './expire-reservation.js';
import { paymentTasks } from './payments/index.js';
import { repairAttempt } from './repair.js';
import { sendOrderConfirmation } from './send-confirmation.js';

/** Checkout's job handlers (payments' among them), composed by the worker. Each is idempotent: a job may run twice. */
export const checkoutTasks = {
  'checkout.expire-reservation': async ({ checkoutId }, context) => {
    await expireReservation(context.db, checkoutId, context.now());
  },
  'checkout.repair-attempt': async ({ attemptId }, context) => {
    await repairAttempt(context.db, context.payments, attemptId);
  },
  'checkout.order-confirmation': async ({ orderId }, context) => {
    await sendOrderConfirmation(context.db, context.mail, orderId, context.now());
  },
  ...paymentTasks,
} satisfies TaskHandlers;
