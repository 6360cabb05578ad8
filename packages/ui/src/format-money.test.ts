import { describe, expect, it } from 'vitest';
import { formatMoney, formatPriceRange } from './format-money';

describe('formatMoney', () => {
  it('formats in the currency and locale', () => {
    expect(formatMoney({ amount: '19.99', currencyCode: 'USD' })).toBe('$19.99');
    expect(formatMoney({ amount: '19.5', currencyCode: 'EUR' }, 'de-DE')).toBe('19,50\u00a0€');
  });

  it('keeps digits a float would lose', () => {
    expect(formatMoney({ amount: '90071992547409.99', currencyCode: 'USD' })).toBe('$90,071,992,547,409.99');
  });
});

describe('formatPriceRange', () => {
  it('shows one price when the ends are equal, otherwise both', () => {
    const usd = (amount: string) => ({ amount, currencyCode: 'USD' });
    expect(formatPriceRange(usd('10.00'), usd('10.00'))).toBe('$10.00');
    expect(formatPriceRange(usd('10.00'), usd('25.50'))).toBe('$10.00 – $25.50');
  });
});
