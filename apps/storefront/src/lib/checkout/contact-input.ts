import type { CheckoutUpdateInput } from '../graphql/generated/graphql';
import type { CheckoutErrors } from './checkout-api';
import { checkoutMessage } from './checkout-messages';
import { CONTACT_FIELDS, type ContactField, type ContactState } from './checkout-state';

/** The checkout update for the contact step: blank optional fields are sent as absent. */
export function toContactInput(values: Record<ContactField, string>): CheckoutUpdateInput {
  const text = (field: ContactField) => values[field].trim() || undefined;
  return {
    email: text('email'),
    shippingAddress: {
      firstName: text('firstName'),
      lastName: text('lastName'),
      company: text('company'),
      address1: text('address1'),
      address2: text('address2'),
      city: text('city'),
      province: text('province'),
      zip: text('zip'),
      countryCode: text('countryCode')?.toUpperCase(),
      phone: text('phone'),
    },
  };
}

/**
 * userErrors under the fields they name (the last segment of `field`, e.g.
 * `["input", "shippingAddress", "zip"]`), the rest as the step's message.
 */
export function contactErrors(errors: CheckoutErrors): Pick<ContactState, 'fieldErrors' | 'message'> {
  const fieldErrors: ContactState['fieldErrors'] = {};
  const other: string[] = [];
  let recovery: 'fix' | 'cart' = 'fix';
  for (const error of errors) {
    const field = CONTACT_FIELDS.find((name) => name === error.field?.at(-1));
    const message = checkoutMessage(error.code, error.message);
    if (field && (error.code === 'INVALID' || error.code?.startsWith('MISSING_'))) fieldErrors[field] = error.message;
    else {
      other.push(message.text);
      if (message.recovery === 'cart') recovery = 'cart';
    }
  }
  const text = other.join(' ') || (Object.keys(fieldErrors).length ? 'Please correct the fields marked below.' : '');
  return { fieldErrors, message: text ? { text, recovery } : null };
}
