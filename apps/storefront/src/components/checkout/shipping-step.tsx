'use client';

import { FormMessage, ShippingRateOptions, type ShippingRateView } from '@commerce/ui';
import { useState, useTransition } from 'react';
import styles from './checkout.module.css';

export interface ShippingStepProps {
  rates: ShippingRateView[];
  selected: string | null;
  hasAddress: boolean;
  chooseShippingRate: (handle: string) => Promise<string | null>;
}

/** The rates for the saved address; a choice is saved at once and the totals follow. */
export function ShippingStep({ rates, selected, hasAddress, chooseShippingRate }: ShippingStepProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section aria-labelledby="checkout-shipping" className={styles.step} aria-busy={pending || undefined}>
      <h2 id="checkout-shipping" className={styles.stepTitle}>
        2. Shipping
      </h2>
      <ShippingRateOptions
        name="shippingRateHandle"
        rates={rates}
        selected={selected}
        error={error}
        emptyText={hasAddress ? 'We do not ship to this address yet.' : 'Save your address to see shipping options.'}
        onChange={(handle) =>
          startTransition(async () => {
            const message = await chooseShippingRate(handle);
            startTransition(() => setError(message));
          })
        }
      />
      {pending && (
        <p role="status" className={styles.muted}>
          Updating totals…
        </p>
      )}
      {!pending && selected && !error && <FormMessage tone="success">Shipping method saved.</FormMessage>}
    </section>
  );
}
