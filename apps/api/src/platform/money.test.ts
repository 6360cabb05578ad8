import { describe, expect, it } from 'vitest';
import { formatCents, percentOf, toCents, toMilliPercent } from './money.js';

// The shop's one money arithmetic (cart prices and discounts, checkout totals and orders).

describe('money in cents', () => {
  it('parses decimal strings without floats', () => {
    expect(toCents('19.99')).toBe(1999);
    expect(toCents('0.1')).toBe(10);
    expect(toCents('5')).toBe(500);
    expect(toCents('-4.05')).toBe(-405);
    expect(toCents('1234567890.12')).toBe(123456789012);
    expect(toCents('9999999999.99')).toBe(999999999999);
    // As PostgreSQL prints numeric with a larger scale: trailing zeros are no extra precision.
    expect(toCents('19.990')).toBe(1999);
    // 0.1 + 0.2 in floats is 0.30000000000000004; in cents it is exact.
    expect(toCents('0.10') + toCents('0.20')).toBe(toCents('0.30'));
  });

  it('refuses what is not an amount, or finer than a cent', () => {
    for (const bad of ['', 'abc', '1.234', '1.005', '1e3', 'NaN', '1,00', '.5', '1.'])
      expect(() => toCents(bad)).toThrow();
  });

  it('formats cents with two fractional digits', () => {
    expect(formatCents(1999)).toBe('19.99');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(-250)).toBe('-2.50');
    expect(() => formatCents(1.5)).toThrow();
  });

  it('rounds percentages half-up to whole cents', () => {
    expect(toMilliPercent('19.000')).toBe(19000);
    expect(toMilliPercent('7.5')).toBe(7500);
    // 10 % of 0.05 = 0.005 → 0.01 (half-up); 10 % of 0.04 = 0.004 → 0.00.
    expect(percentOf(5, 10000)).toBe(1);
    expect(percentOf(4, 10000)).toBe(0);
    // 19 % of 10.50 = 1.995 → 2.00; a float would give 1.9949999…
    expect(percentOf(1050, 19000)).toBe(200);
    // Large amounts stay exact.
    expect(percentOf(999_999_999_999, 21000)).toBe(210_000_000_000);
  });
});
