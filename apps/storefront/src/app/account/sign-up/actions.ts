'use server';

import { redirect } from 'next/navigation';
import { mergeGuestCart } from '@/lib/cart/cart-api';
import { createAccessToken, createCustomer } from '@/lib/customers/accounts';
import { readTextFields, requiredFieldErrors } from '@/lib/customers/form-state';
import { SIGN_UP_FIELDS, withoutPassword, type SignUpState } from '@/lib/customers/forms';
import { safeReturnTo } from '@/lib/customers/return-to';
import { saveSession } from '@/lib/customers/session';

/** Creates the account, then signs the new customer in with the same credentials. */
export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const fields = readTextFields(formData, SIGN_UP_FIELDS);
  const values = withoutPassword(fields);
  const blank = requiredFieldErrors(fields, { email: 'Enter your email address.', password: 'Choose a password.' });
  if (blank) return { values, ...blank };

  const created = await createCustomer(fields);
  if (!created.ok) return { values, fieldErrors: created.fieldErrors, message: created.message };
  const signedIn = await createAccessToken(fields.email, fields.password);
  if (!signedIn.ok) {
    return {
      values: {},
      fieldErrors: {},
      message: {
        tone: 'info',
        text: 'Your account is ready, but we could not sign you in just now. Sign in with your email and password.',
      },
    };
  }
  await saveSession(signedIn.token);
  // The guest's cart joins the customer's; the cookie then names the merged cart.
  await mergeGuestCart(signedIn.token.accessToken);
  redirect(safeReturnTo(formData.get('returnTo')));
}
