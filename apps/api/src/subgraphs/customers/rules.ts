import { isCountryCode } from './country-codes.js';
import type { CustomerCreateInput, CustomerErrorCode, MailingAddressInput } from './generated/resolvers-types.js';
import { checkPasswordPolicy } from './passwords.js';

// Pure validation of what customers type in. Every problem is a user error with the path of the
// input field at fault, so a form can show it next to that field.

export interface CustomerUserError {
  field: string[] | null;
  message: string;
  code: CustomerErrorCode;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: CustomerUserError[] };

const EMAIL_MAX_LENGTH = 254;
const EMAIL_LOCAL_MAX_LENGTH = 64;
const NAME_MAX_LENGTH = 100;
// One non-space local part, one `@`, a domain of dot-separated labels ending in a 2+ letter TLD.
const EMAIL_PATTERN = /^[^\s@"(),:;<>[\]\\]+@(?:[^\s@"(),:;<>[\]\\.]+\.)+[^\s@"(),:;<>[\]\\.\d]{2,}$/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Emails are compared trimmed and lowercased; this is also how they are stored. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  const local = email.split('@')[0] ?? '';
  return email.length <= EMAIL_MAX_LENGTH && local.length <= EMAIL_LOCAL_MAX_LENGTH && EMAIL_PATTERN.test(email);
}

/** `First Last` when a name is known, otherwise the email's local part. */
export function displayName(customer: { email: string; firstName: string | null; lastName: string | null }): string {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ').trim();
  return name || (customer.email.split('@')[0] ?? customer.email);
}

function invalid(field: string[], message: string): CustomerUserError {
  return { field, message, code: 'INVALID' };
}

/** Trims an optional text field: blank becomes null; too long or control characters an error. */
function optionalText(
  value: string | null | undefined,
  field: string[],
  label: string,
  maxLength: number,
  errors: CustomerUserError[],
): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (CONTROL.test(text)) errors.push(invalid(field, `${label} contains characters that are not allowed.`));
  else if ([...text].length > maxLength)
    errors.push(invalid(field, `${label} must be at most ${maxLength} characters.`));
  return text;
}

export interface NewCustomer {
  email: string;
  password: string;
  firstName: string | null;
  lastName: string | null;
  acceptsMarketing: boolean;
}

export function checkCustomerCreate(input: CustomerCreateInput): Checked<NewCustomer> {
  const errors: CustomerUserError[] = [];
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) errors.push(invalid(['input', 'email'], 'Enter a valid email address.'));
  const passwordProblem = checkPasswordPolicy(input.password);
  if (passwordProblem) errors.push({ field: ['input', 'password'], ...passwordProblem });
  const firstName = optionalText(input.firstName, ['input', 'firstName'], 'First name', NAME_MAX_LENGTH, errors);
  const lastName = optionalText(input.lastName, ['input', 'lastName'], 'Last name', NAME_MAX_LENGTH, errors);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: { email, password: input.password, firstName, lastName, acceptsMarketing: input.acceptsMarketing ?? false },
  };
}

export interface NewAddress {
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  zip: string | null;
  countryCode: string | null;
  phone: string | null;
}

const ADDRESS_FIELDS: Array<{ key: keyof NewAddress; label: string; maxLength: number; required?: boolean }> = [
  { key: 'firstName', label: 'First name', maxLength: NAME_MAX_LENGTH },
  { key: 'lastName', label: 'Last name', maxLength: NAME_MAX_LENGTH },
  { key: 'company', label: 'Company', maxLength: 255 },
  { key: 'address1', label: 'Address', maxLength: 255, required: true },
  { key: 'address2', label: 'Address line 2', maxLength: 255 },
  { key: 'city', label: 'City', maxLength: 100, required: true },
  { key: 'province', label: 'Province', maxLength: 100 },
  { key: 'zip', label: 'Postal code', maxLength: 20 },
  { key: 'countryCode', label: 'Country code', maxLength: 8, required: true },
  { key: 'phone', label: 'Phone', maxLength: 32 },
];
const ZIP_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 -]{0,18}[A-Za-z0-9]$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{2,30}$/;

/** A saved address needs a street, a city and an ISO 3166-1 alpha-2 country; the rest is optional. */
export function checkAddress(input: MailingAddressInput, path: string[] = ['address']): Checked<NewAddress> {
  const errors: CustomerUserError[] = [];
  const value = {} as NewAddress;
  for (const { key, label, maxLength, required } of ADDRESS_FIELDS) {
    const field = [...path, key];
    value[key] = optionalText(input[key], field, label, maxLength, errors);
    if (required && value[key] === null) errors.push(invalid(field, `${label} is required.`));
  }
  if (value.countryCode !== null) {
    value.countryCode = value.countryCode.toUpperCase();
    if (!isCountryCode(value.countryCode)) {
      errors.push(invalid([...path, 'countryCode'], 'Country code must be an ISO 3166-1 alpha-2 code, e.g. DE.'));
    }
  }
  if (value.zip !== null && !ZIP_PATTERN.test(value.zip))
    errors.push(invalid([...path, 'zip'], 'Postal code is not valid.'));
  if (value.phone !== null && !PHONE_PATTERN.test(value.phone))
    errors.push(invalid([...path, 'phone'], 'Phone number is not valid.'));
  // One error per field: the first found is the one to fix first.
  const unique = errors.filter(
    (error, index) => errors.findIndex((other) => other.field?.join('.') === error.field?.join('.')) === index,
  );
  return unique.length ? { ok: false, errors: unique } : { ok: true, value };
}
