'use client';

import { Button, SelectField } from '@commerce/ui';
import { useActionState, useRef } from 'react';
import type { PaymentState } from '@/lib/checkout/checkout-state';
import { StepMessage } from './step-message';
import styles from './checkout.module.css';

export interface PaymentStepProps {
  /** 'test': the test provider's tokens (development and the test stack); null: nothing configured. */
  provider: 'test' | null;
  ready: boolean;
  pay: (previous: PaymentState, formData: FormData) => Promise<PaymentState>;
}

const TEST_TOKENS = [
  { value: 'tok_approve_visa', label: 'Approved card (tok_approve_visa)' },
  { value: 'tok_decline_card', label: 'Declined card (tok_decline_card)' },
  { value: 'tok_timeout_card', label: 'Provider times out (tok_timeout_card)' },
];

/**
 * Pay and place the order. One idempotency key per payment attempt: made on the first submit,
 * kept while the attempt's outcome is unknown (a double click, a lost answer), replaced once the
 * API has said how the attempt ended (declined, unavailable…), so a retry is a new attempt.
 */
export function PaymentStep({ provider, ready, pay }: PaymentStepProps) {
  const attemptKey = useRef<string | null>(null);
  const [state, action, paying] = useActionState(
    async (previous: PaymentState, formData: FormData) => {
      attemptKey.current ??= crypto.randomUUID();
      formData.set('idempotencyKey', attemptKey.current);
      const next = await pay(previous, formData);
      if (next.attemptOver) attemptKey.current = null;
      return next;
    },
    { message: null, attemptOver: false },
  );

  return (
    <section aria-labelledby="checkout-payment" className={styles.step}>
      <h2 id="checkout-payment" className={styles.stepTitle}>
        3. Payment
      </h2>
      {provider === 'test' ? (
        <form action={action} className={styles.form}>
          {state.message && <StepMessage message={state.message} />}
          <input type="hidden" name="provider" value="test" />
          <SelectField label="Test card" name="token" options={TEST_TOKENS} defaultValue="tok_approve_visa" />
          <p className={styles.muted}>
            This shop runs with the test payment provider: no real card is charged. A token starting with tok_approve is
            approved, tok_decline is declined, tok_timeout makes the provider time out.
          </p>
          {!ready && <p className={styles.muted}>Add your email, address and shipping method to pay.</p>}
          <Button type="submit" disabled={paying} className={styles.pay}>
            {paying ? 'Placing your order…' : 'Pay now'}
          </Button>
        </form>
      ) : (
        <p className={styles.muted}>Payments are not configured for this shop, so orders cannot be placed.</p>
      )}
    </section>
  );
}
