import { describe, expect, it } from 'vitest';
import { addressLines, addressValues } from './checkout-view';

const address = {
  id: 'gid://shop/MailingAddress/1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: null,
  address1: '1 Main St',
  address2: null,
  city: 'Berlin',
  province: null,
  zip: '10115',
  countryCode: 'DE',
  phone: null,
};

describe('addressValues', () => {
  it('keeps the filled-in fields by name, without the id', () => {
    expect(addressValues(address)).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      address1: '1 Main St',
      city: 'Berlin',
      zip: '10115',
      countryCode: 'DE',
    });
    expect(addressValues(null)).toEqual({});
  });
});

describe('addressLines', () => {
  it('writes the address as a label, skipping empty parts', () => {
    expect(addressLines(address)).toEqual(['Ada Lovelace', '1 Main St', '10115 Berlin', 'DE']);
  });
});
