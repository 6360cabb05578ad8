import { describe, expect, it } from 'vitest';
import { compareAmounts, isOnSale } from './compare-amounts';

describe('compareAmounts', () => {
  it('orders decimal strings by value, not by text', () => {
    expect(compareAmounts('19.99', '20')).toBe(-1);
    expect(compareAmounts('100.00', '99.99')).toBe(1);
    expect(compareAmounts('9.5', '10.25')).toBe(-1);
    expect(compareAmounts('20.10', '20.1')).toBe(0);
    expect(compareAmounts('020.00', '20')).toBe(0);
  });

  it('is exact where floats are not', () => {
    // 0.1 + 0.2 !== 0.3 in floats; here the strings are simply equal in value.
    expect(compareAmounts('0.30', '0.3')).toBe(0);
    expect(compareAmounts('90071992547409.99', '90071992547409.98')).toBe(1);
  });

  it('handles signs and zero', () => {
    expect(compareAmounts('-1.00', '0')).toBe(-1);
    expect(compareAmounts('-2', '-1.5')).toBe(-1);
    expect(compareAmounts('-0.00', '0')).toBe(0);
  });

  it('rejects text that is not a decimal', () => {
    expect(() => compareAmounts('abc', '1')).toThrow(RangeError);
    expect(() => compareAmounts('', '1')).toThrow(RangeError);
  });
});

describe('isOnSale', () => {
  const usd = (amount: string) => ({ amount, currencyCode: 'USD' });

  it('is true only when the compare-at price is higher in the same currency', () => {
    expect(isOnSale(usd('20.00'), usd('25.00'))).toBe(true);
    expect(isOnSale(usd('20.00'), usd('20.0'))).toBe(false);
    expect(isOnSale(usd('20.00'), usd('15.00'))).toBe(false);
    expect(isOnSale(usd('20.00'), null)).toBe(false);
    expect(isOnSale(usd('20.00'), { amount: '25.00', currencyCode: 'EUR' })).toBe(false);
  });
});
