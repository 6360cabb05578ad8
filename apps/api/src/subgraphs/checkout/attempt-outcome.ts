import { userError, type CheckoutUserError } from './rules.js';
import type { CheckoutErrorCode } from './generated/resolvers-types.js';
import type { PaymentAttemptRow } from './tables.js';

// A settled attempt keeps why it failed, so a retry with the same key gets the same answer
// (as Stripe does): `<CODE>: <message>` in its message column.

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
