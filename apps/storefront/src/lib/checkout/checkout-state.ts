import type { AddressFieldName } from '@commerce/ui';
import type { CheckoutRecovery } from './checkout-messages';

// What the checkout's server actions return to useActionState: plain values only.

export type ContactField = 'email' | AddressFieldName;

export const CONTACT_FIELDS: readonly ContactField[] = [
  'email',
  'firstName',
  'lastName',
  'company',
  'address1',
  'address2',
  'city',
  'province',
  'zip',
  'countryCode',
  'phone',
];

export interface StepMessage {
  text: string;
  recovery: CheckoutRecovery;
}

export interface ContactState {
  message: StepMessage | null;
  fieldErrors: Partial<Record<ContactField, string>>;
  values: Partial<Record<ContactField, string>>;
  saved: boolean;
}

export interface PaymentState {
  message: StepMessage | null;
  /** The attempt ended for good (declined, unavailable…): the next submit needs a new key. */
  attemptOver: boolean;
}

export interface StartState {
  message: StepMessage | null;
}
