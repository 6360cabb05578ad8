'use server';

import { redirect } from 'next/navigation';
import { mergeGuestCart } from '@/lib/cart/cart-api';
import { createAccessToken } from '@/lib/customers/accounts';
import { readTextFields, requiredFieldErrors } from '@/lib/customers/form-state';
import { SIGN_IN_FIELDS, withoutPassword, type SignInState } from '@/lib/customers/forms';
import { safeReturnTo } from '@/lib/customers/return-to';
import { saveSession } from '@/lib/customers/session';

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const fields = readTextFields(formData, SIGN_IN_FIELDS);
  const values = withoutPassword(fields);
  const blank = requiredFieldErrors(fields, { email: 'Enter your email address.', password: 'Enter your password.' });
  if (blank) return { values, ...blank };

  const outcome = await createAccessToken(fields.email, fields.password);
  if (!outcome.ok) return { values, fieldErrors: outcome.fieldErrors, message: outcome.message };
  await saveSession(outcome.token);
  // The guest's cart joins the customer's; the cookie then names the merged cart.
  await mergeGuestCart(outcome.token.accessToken);
  redirect(safeReturnTo(formData.get('returnTo')));
}
