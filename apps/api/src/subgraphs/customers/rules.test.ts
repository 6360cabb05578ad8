import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './country-codes.js';
import { checkAddress, checkCustomerCreate, displayName, isValidEmail, normalizeEmail } from './rules.js';

const password = 'correct horse battery';

describe('emails', () => {
  it('are compared trimmed and lowercased', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM \t')).toBe('ada.lovelace@example.com');
  });

  it.each(['ada@example.com', 'a.b+tag@mail.example.co.uk', 'jürgen@exämple.de'])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    '',
    'ada',
    'ada@',
    '@example.com',
    'ada@example',
    'ada@@example.com',
    'a da@example.com',
    'ada@example..com',
    'ada@example.c',
    'ada@127.0.0.1',
    `${'a'.repeat(65)}@example.com`,
    `ada@${'a'.repeat(250)}.com`,
  ])('refuses %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('checkCustomerCreate', () => {
  it('normalises the email and trims names, blank names to null', () => {
    expect(checkCustomerCreate({ email: ' Ada@Example.com ', password, firstName: ' Ada ', lastName: '  ' })).toEqual({
      ok: true,
      value: { email: 'ada@example.com', password, firstName: 'Ada', lastName: null, acceptsMarketing: false },
    });
  });

  it('keeps the password exactly as typed', () => {
    const checked = checkCustomerCreate({
      email: 'ada@example.com',
      password: `  ${password}  `,
      acceptsMarketing: true,
    });
    expect(checked.ok && checked.value).toMatchObject({ password: `  ${password}  `, acceptsMarketing: true });
  });

  it('reports every field at fault with its path and code', () => {
    const checked = checkCustomerCreate({
      email: 'nope',
      password: 'short',
      firstName: 'x'.repeat(101),
      lastName: 'a\u0000b',
    });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'email'], 'INVALID'],
      [['input', 'password'], 'TOO_SHORT'],
      [['input', 'firstName'], 'INVALID'],
      [['input', 'lastName'], 'INVALID'],
    ]);
  });

  it('refuses passwords over 128 characters as INVALID', () => {
    const checked = checkCustomerCreate({ email: 'ada@example.com', password: 'p'.repeat(129) });
    expect(!checked.ok && checked.errors).toEqual([
      { field: ['input', 'password'], message: expect.any(String), code: 'INVALID' },
    ]);
  });
});

describe('checkAddress', () => {
  const address = { address1: ' 1 Main St ', city: 'Berlin', countryCode: 'de', zip: '10115', phone: '+49 30 1234567' };

  it('trims, upper-cases the country and fills absent fields with null', () => {
    expect(checkAddress(address)).toEqual({
      ok: true,
      value: {
        firstName: null,
        lastName: null,
        company: null,
        address1: '1 Main St',
        address2: null,
        city: 'Berlin',
        province: null,
        zip: '10115',
        countryCode: 'DE',
        phone: '+49 30 1234567',
      },
    });
  });

  it('needs a street, a city and a country', () => {
    const checked = checkAddress({ firstName: 'Ada' });
    expect(!checked.ok && checked.errors.map((e) => e.field)).toEqual([
      ['address', 'address1'],
      ['address', 'city'],
      ['address', 'countryCode'],
    ]);
  });

  it.each(['XX', 'EU', 'UK', 'DEU', 'D', '12'])('refuses country code %s', (countryCode) => {
    const checked = checkAddress({ ...address, countryCode });
    expect(!checked.ok && checked.errors).toEqual([
      { field: ['address', 'countryCode'], message: expect.stringContaining('ISO 3166-1'), code: 'INVALID' },
    ]);
  });

  it('refuses malformed postal codes and phones, over-long fields, and reports one error per field', () => {
    const checked = checkAddress({ ...address, zip: '!!', phone: 'call me', city: 'c'.repeat(101) }, [
      'input',
      'shippingAddress',
    ]);
    expect(!checked.ok && checked.errors.map((e) => e.field?.join('.'))).toEqual([
      'input.shippingAddress.city',
      'input.shippingAddress.zip',
      'input.shippingAddress.phone',
    ]);
  });

  it('knows exactly the 249 assigned ISO 3166-1 codes', () => {
    expect(COUNTRY_CODES.size).toBe(249);
    for (const code of ['US', 'GB', 'DE', 'AX', 'SS', 'BQ']) expect(COUNTRY_CODES.has(code)).toBe(true);
  });
});

describe('displayName', () => {
  it('is the full name, either name alone, or the email local part', () => {
    expect(displayName({ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' })).toBe('Ada Lovelace');
    expect(displayName({ email: 'ada@example.com', firstName: null, lastName: 'Lovelace' })).toBe('Lovelace');
    expect(displayName({ email: 'ada@example.com', firstName: null, lastName: null })).toBe('ada');
  });
});
