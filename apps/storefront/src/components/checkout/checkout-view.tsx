'use client';

import { ReservationCountdown } from '@commerce/ui';
import type { ContactState, PaymentState } from '@/lib/checkout/checkout-state';
import type { CheckoutView as CheckoutViewData } from '@/lib/checkout/checkout-view';
import { CheckoutSummary } from './checkout-summary';
import { ContactStep, type SavedAddress } from './contact-step';
import { PaymentStep } from './payment-step';
import { ShippingStep } from './shipping-step';
import styles from './checkout.module.css';

export interface CheckoutViewProps {
  checkout: CheckoutViewData;
  savedAddresses: SavedAddress[];
  paymentProvider: 'test' | null;
  saveContact: (previous: ContactState, formData: FormData) => Promise<ContactState>;
  chooseShippingRate: (handle: string) => Promise<string | null>;
  pay: (previous: PaymentState, formData: FormData) => Promise<PaymentState>;
}

/** /checkout: the reservation's countdown, three steps, and the summary beside them. */
export function CheckoutView(props: CheckoutViewProps) {
  const { checkout } = props;
  return (
    <div className={styles.page}>
      <div className={styles.steps}>
        <ReservationCountdown until={checkout.reservedUntil} />
        <ContactStep
          email={checkout.email}
          address={checkout.address}
          savedAddresses={props.savedAddresses}
          saveContact={props.saveContact}
        />
        <ShippingStep
          rates={checkout.rates}
          selected={checkout.selectedRate}
          hasAddress={checkout.hasAddress}
          chooseShippingRate={props.chooseShippingRate}
        />
        <PaymentStep provider={props.paymentProvider} ready={checkout.ready} pay={props.pay} />
      </div>
      <CheckoutSummary checkout={checkout} />
    </div>
  );
}
