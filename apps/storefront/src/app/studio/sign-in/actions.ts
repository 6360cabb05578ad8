'use server';

import { redirect } from 'next/navigation';
import { readTextFields, requiredFieldErrors } from '@/lib/customers/form-state';
import { SIGN_IN_FIELDS, withoutPassword, type SignInState } from '@/lib/customers/forms';
import { requestFailureMessage, mapUserErrors, UNREACHABLE_MESSAGE } from '@/lib/customers/user-errors';
import { StaffAccessTokenCreateDocument } from '@/lib/graphql/generated/graphql';
import { requestGraphQL } from '@/lib/graphql/request';
import { saveStaffToken, staffHeaders } from '@/lib/studio/staff-session';

/**
 * Staff sign-in: the API checks the password and applies its sign-in limits (per email and per
 * address, which goes along signed); refusals come back by the field. Roles are checked on the
 * next page (the guard), so a shopper's credentials simply fail here.
 */
export async function studioSignIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const fields = readTextFields(formData, SIGN_IN_FIELDS);
  const values = withoutPassword(fields);
  const blank = requiredFieldErrors(fields, { email: 'Enter your email address.', password: 'Enter your password.' });
  if (blank) return { values, ...blank };

  let token: { accessToken: string; expiresAt: string };
  try {
    const { staffAccessTokenCreate: payload } = await requestGraphQL(
      StaffAccessTokenCreateDocument,
      { input: { email: fields.email, password: fields.password } },
      { headers: await staffHeaders(null) },
    );
    if (!payload.staffAccessToken || payload.userErrors.length) {
      const mapped = mapUserErrors(payload.userErrors, SIGN_IN_FIELDS);
      return {
        values,
        fieldErrors: mapped.fieldErrors,
        message: mapped.message ?? { tone: 'error', text: UNREACHABLE_MESSAGE },
      };
    }
    token = payload.staffAccessToken;
  } catch (error) {
    console.error('staffAccessTokenCreate failed:', error instanceof Error ? error.message : error);
    return { values, fieldErrors: {}, message: { tone: 'error', text: requestFailureMessage(error) } };
  }
  await saveStaffToken(token.accessToken, token.expiresAt);
  redirect('/studio');
}
