import type { AccountFormState } from './form-state';

// The fields of each account form, named as in the contract's inputs so a userError's
// `field` path points straight at one.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const SIGN_IN_FIELDS = ['email', 'password'] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];
export type SignInState = AccountFormState<SignInField>;

export const SIGN_UP_FIELDS = ['firstName', 'lastName', 'email', 'password'] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];
export type SignUpState = AccountFormState<SignUpField>;

export const ADDRESS_FIELDS = [
  'firstName',
  'lastName',
  'address1',
  'address2',
  'city',
  'province',
  'zip',
  'countryCode',
  'phone',
] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The values to refill a form with: everything typed but the password. */
export function withoutPassword<Field extends string>(values: Record<Field, string>): Partial<Record<Field, string>> {
  const { password: _password, ...rest } = values as Record<string, string>;
  return rest as Partial<Record<Field, string>>;
}

export type AddressFormField = AddressField | 'setAsDefault';
export type AddressState = AccountFormState<AddressFormField>;

/** The contract's MailingAddressInput from the form: trimmed, blanks left out, the country code upper-case. */
export function toAddressInput(values: Record<AddressField, string>): Partial<Record<AddressField, string>> {
  const input: Partial<Record<AddressField, string>> = {};
  for (const field of ADDRESS_FIELDS) {
    const value = values[field].trim();
    if (value) input[field] = field === 'countryCode' ? value.toUpperCase() : value;
  }
  return input;
}
