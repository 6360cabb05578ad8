'use server';

import { redirect } from 'next/navigation';
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
  redirect(safeReturnTo(formData.get('returnTo')));
}
