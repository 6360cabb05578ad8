import { userError, type CheckoutUserError } from './rules.js';
import type { CheckoutErrorCode } from './generated/resolvers-types.js';
import type { PaymentAttemptRow } from './tables.js';

// A settled attempt keeps why it failed, so a retry with the same key gets the same answer
// (as Stripe does): `<CODE>: <message>` in its message column.

/**
 * The charge of this key may still go through (the router failed unexpectedly, or another request
 * with the key is still charging): PAYMENT_UNAVAILABLE on `["idempotencyKey"]`, which tells a
 * client to retry with the same key and never a new one. On `["payment"]` the attempt failed and
 * nothing was charged, so paying again needs a new key.
 */
export const outcomePending = (message: string): CheckoutUserError =>
  userError('PAYMENT_UNAVAILABLE', message, ['idempotencyKey']);

export function failureMessage(code: CheckoutErrorCode, message: string): string {
  return `${code}: ${message}`;
}

/** The user errors a declined or failed attempt answers with, every time its key is used. */
export function attemptErrors(attempt: PaymentAttemptRow): CheckoutUserError[] {
  const text = attempt.message ?? '';
  const match = /^([A-Z_]+): (.*)$/s.exec(text);
  if (attempt.state === 'declined')
    return [userError('PAYMENT_DECLINED', match?.[2] || text || 'The payment was declined.', ['payment'])];
  const code = (match?.[1] as CheckoutErrorCode | undefined) ?? 'PAYMENT_UNAVAILABLE';
  const message = match?.[2] ?? 'The payment could not be taken; nothing was charged.';
  return [userError(code, message, code.startsWith('PAYMENT') ? ['payment'] : null)];
}
