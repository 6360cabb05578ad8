import { describe, expect, it } from 'vitest';
import { emptyFormState, readTextFields, requiredFieldErrors } from './form-state';
import { ADDRESS_FIELDS, toAddressInput, withoutPassword } from './forms';

describe('readTextFields', () => {
  it('reads the named fields, with blanks for missing ones and files', () => {
    const form = new FormData();
    form.set('email', 'ada@example.com');
    form.set('password', new Blob(['x']));
    expect(readTextFields(form, ['email', 'password', 'firstName'])).toEqual({
      email: 'ada@example.com',
      password: '',
      firstName: '',
    });
  });
});

describe('withoutPassword', () => {
  it('keeps what was typed except the password', () => {
    expect(withoutPassword({ email: 'ada@example.com', password: 'secret secret', firstName: 'Ada' })).toEqual({
      email: 'ada@example.com',
      firstName: 'Ada',
    });
  });
});

describe('requiredFieldErrors', () => {
  it('names each blank required field', () => {
    expect(
      requiredFieldErrors(
        { email: '  ', password: 'x' },
        { email: 'Enter your email address.', password: 'Enter your password.' },
      ),
    ).toEqual({
      fieldErrors: { email: 'Enter your email address.' },
      message: { tone: 'error', text: 'Please correct the fields marked below.' },
    });
  });

  it('is null when all are filled in', () => {
    expect(requiredFieldErrors({ email: 'a@b.co' }, { email: 'Enter your email address.' })).toBeNull();
  });
});

describe('toAddressInput', () => {
  it('trims, leaves blanks out and upper-cases the country code', () => {
    const values = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, ''])) as Record<
      (typeof ADDRESS_FIELDS)[number],
      string
    >;
    Object.assign(values, {
      firstName: ' Ada ',
      address1: 'Main St 1',
      city: 'Berlin',
      countryCode: ' de ',
      address2: '   ',
    });
    expect(toAddressInput(values)).toEqual({
      firstName: 'Ada',
      address1: 'Main St 1',
      city: 'Berlin',
      countryCode: 'DE',
    });
  });
});

describe('emptyFormState', () => {
  it('has no message, errors or values', () => {
    expect(emptyFormState()).toEqual({ message: null, fieldErrors: {}, values: {} });
  });
});
