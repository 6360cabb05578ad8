import { describe, expect, it } from 'vitest';
import { toMinorUnits } from './minor-units.js';

describe('toMinorUnits', () => {
  it('parses decimals exactly, without a float', () => {
    expect(toMinorUnits('0.29', 'EUR')).toBe(29);
    expect(toMinorUnits('104.9', 'EUR')).toBe(10490);
    expect(toMinorUnits('104.90', 'usd')).toBe(10490);
    expect(toMinorUnits('7', 'EUR')).toBe(700);
    expect(toMinorUnits('999999999999.99', 'EUR')).toBe(99999999999999);
  });

  it('keeps zero-decimal currencies whole', () => {
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('1500.00', 'JPY')).toBe(1500);
    expect(() => toMinorUnits('1500.5', 'JPY')).toThrow();
  });

  it('refuses anything that is not an exact amount', () => {
    for (const bad of ['', '-1.00', '1.234', '1e3', ' 1.00', 'NaN', '1,00'])
      expect(() => toMinorUnits(bad, 'EUR')).toThrow();
  });
});
