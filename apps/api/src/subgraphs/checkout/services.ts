import type { PaymentRouter } from './payments/index.js';
import type { Admission } from './admission.js';

export interface CheckoutSettings {
  /** How long checkoutStart holds the stock (RESERVATION_MINUTES, default 10). */
  reservationMinutes: number;
  /** The hold is extended to at least this long before a charge, so a slow provider cannot outlive it. */
  chargeHoldMinutes: number;
  /** When the repair job looks at an attempt that may have been interrupted. */
  repairDelaySeconds: number;
  /** How long a request with the same key waits for the first one's charge before answering. */
  attemptWaitMs: number;
}

export const DEFAULT_CHECKOUT_SETTINGS: CheckoutSettings = {
  reservationMinutes: 10,
  chargeHoldMinutes: 5,
  repairDelaySeconds: 120,
  attemptWaitMs: 6_000,
};

/** What every request of the checkout service shares. */
export interface CheckoutServices {
  payments: PaymentRouter;
  settings: CheckoutSettings;
  admission: Admission;
  now(): Date;
}
