import { describe, expect, it } from 'vitest';
import { contactErrors, toContactInput } from './contact-input';
import type { ContactField } from './checkout-state';

const blank = Object.fromEntries(
  [
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
  ].map((name) => [name, '']),
) as Record<ContactField, string>;

describe('toContactInput', () => {
  it('trims, drops blanks and upper-cases the country', () => {
    const input = toContactInput({ ...blank, email: ' ada@example.com ', address1: '1 Main St', countryCode: 'de' });
    expect(input.email).toBe('ada@example.com');
    expect(input.shippingAddress).toMatchObject({ address1: '1 Main St', countryCode: 'DE' });
    expect(input.shippingAddress?.company).toBeUndefined();
  });
});

describe('contactErrors', () => {
  it('puts field errors under their field and others in the message', () => {
    const result = contactErrors([
      { field: ['input', 'shippingAddress', 'zip'], message: 'Enter a postal code.', code: 'INVALID' },
      { field: ['input', 'email'], message: 'Enter a valid email.', code: 'INVALID' },
      { field: null, message: 'gone', code: 'CHECKOUT_NOT_FOUND' },
    ]);
    expect(result.fieldErrors).toEqual({ zip: 'Enter a postal code.', email: 'Enter a valid email.' });
    expect(result.message?.text).toMatch(/no longer available/);
    expect(result.message?.recovery).toBe('cart');
  });

  it('has no message when there are no errors', () => {
    expect(contactErrors([])).toEqual({ fieldErrors: {}, message: null });
  });
});
