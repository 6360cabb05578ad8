'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { createAddress, deleteAccessToken } from '@/lib/customers/accounts';
import { readTextFields, requiredFieldErrors } from '@/lib/customers/form-state';
import { ADDRESS_FIELDS, toAddressInput, type AddressState } from '@/lib/customers/forms';
import { SIGN_IN_PATH } from '@/lib/customers/return-to';
import { clearSession, readSessionToken } from '@/lib/customers/session';

/**
 * Revokes the token and removes the cookie. The cookie goes even when the gateway cannot be
 * reached: on a shared computer, being signed out here matters more than the server-side revoke.
 */
export async function signOut(): Promise<void> {
  const token = await readSessionToken();
  if (token) await deleteAccessToken(token);
  await clearSession();
  redirect(SIGN_IN_PATH);
}

export async function addAddress(_previous: AddressState, formData: FormData): Promise<AddressState> {
  const token = await readSessionToken();
  if (!token) redirect(SIGN_IN_PATH);
  const fields = readTextFields(formData, ADDRESS_FIELDS);
  const setAsDefault = formData.get('setAsDefault') === 'on';
  const values = { ...fields, setAsDefault: setAsDefault ? 'on' : '' };
  const blank = requiredFieldErrors(fields, {
    address1: 'Enter the street and number.',
    city: 'Enter the city.',
    countryCode: 'Enter the two-letter country code.',
  });
  if (blank) return { values, ...blank };

  const outcome = await createAddress(token, toAddressInput(fields), setAsDefault);
  if (!outcome.ok) {
    if (outcome.signedOut) redirect(SIGN_IN_PATH);
    return { values, fieldErrors: outcome.fieldErrors, message: outcome.message };
  }
  // Re-renders the account page in the same response, so the new address is listed at once.
  refresh();
  return { values: {}, fieldErrors: {}, message: { tone: 'success', text: 'Address saved.' } };
}
