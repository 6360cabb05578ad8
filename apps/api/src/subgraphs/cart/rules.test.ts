import { describe, expect, it } from 'vitest';
import { formatCents } from '../../platform/money.js';
import { checkDiscount, priceTotals, type DiscountRule } from './rules.js';

const now = new Date('2026-12-01T12:00:00Z');
const rule = (overrides: Partial<DiscountRule>): DiscountRule => ({
  code: 'X',
  kind: 'percentage',
  value: '10.00',
  minSubtotal: null,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  usedCount: 0,
  ...overrides,
});
const totals = (overrides: Partial<Parameters<typeof priceTotals>[0]>) =>
  priceTotals({ lines: [], codes: [], taxRate: null, shippingCents: 0, now, ...overrides });

describe('discounts', () => {
  it('takes a percentage of the subtotal, rounded half-up', () => {
    const result = totals({ lines: [{ quantity: 3, unitCents: 1005 }], codes: [{ code: 'P', rule: rule({}) }] });
    // 30.15 × 10 % = 3.015 → 3.02
    expect(result.subtotalCents).toBe(3015);
    expect(result.discountCents).toBe(302);
    expect(result.totalCents).toBe(2713);
  });

  it('takes a fixed amount, never more than the subtotal', () => {
    const fixed = rule({ kind: 'fixed', value: '5.00' });
    expect(
      totals({ lines: [{ quantity: 1, unitCents: 2000 }], codes: [{ code: 'F', rule: fixed }] }).discountCents,
    ).toBe(500);
    expect(
      totals({ lines: [{ quantity: 1, unitCents: 300 }], codes: [{ code: 'F', rule: fixed }] }).discountCents,
    ).toBe(300);
  });

  it('needs the minimum subtotal', () => {
    const min = rule({ kind: 'fixed', value: '5.00', minSubtotal: '50.00' });
    expect(checkDiscount(min, 4999, now)).toEqual({ applicable: false, reason: 'BELOW_MINIMUM' });
    expect(checkDiscount(min, 5000, now)).toEqual({ applicable: true });
  });

  it('applies only inside its window', () => {
    const windowed = rule({ startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2026-12-02T00:00:00Z') });
    expect(checkDiscount(windowed, 1000, new Date('2026-11-30T23:59:59Z'))).toMatchObject({ reason: 'NOT_STARTED' });
    expect(checkDiscount(windowed, 1000, now)).toEqual({ applicable: true });
    expect(checkDiscount(windowed, 1000, new Date('2026-12-02T00:00:00Z'))).toMatchObject({ reason: 'EXPIRED' });
  });

  it('is not applicable once its usage limit is reached', () => {
    expect(checkDiscount(rule({ usageLimit: 5, usedCount: 4 }), 1000, now)).toEqual({ applicable: true });
    expect(checkDiscount(rule({ usageLimit: 5, usedCount: 5 }), 1000, now)).toMatchObject({ reason: 'EXHAUSTED' });
  });

  it('reports an unknown code as not applicable and takes nothing off', () => {
    const result = totals({ lines: [{ quantity: 1, unitCents: 1000 }], codes: [{ code: 'NOPE', rule: null }] });
    expect(result.discountCodes).toEqual([{ code: 'NOPE', applicable: false, reason: 'UNKNOWN' }]);
    expect(result.discountCents).toBe(0);
  });

  it('adds applicable codes up, capped at the subtotal', () => {
    const result = totals({
      lines: [{ quantity: 1, unitCents: 1000 }],
      codes: [
        { code: 'A', rule: rule({ kind: 'percentage', value: '60' }) },
        { code: 'B', rule: rule({ kind: 'percentage', value: '60' }) },
      ],
    });
    expect(result.discountCents).toBe(1000);
    expect(result.totalCents).toBe(0);
  });
});

describe('tax', () => {
  it('is unknown (null) without a country', () => {
    expect(totals({ lines: [{ quantity: 1, unitCents: 1000 }] }).taxCents).toBeNull();
  });

  it('is exclusive: rate × (subtotal − discount + shipping), half-up', () => {
    const result = totals({
      lines: [{ quantity: 2, unitCents: 1999 }],
      codes: [{ code: 'W', rule: rule({}) }],
      taxRate: '19.000',
      shippingCents: 490,
    });
    // 39.98 − 4.00 (3.998 → 4.00) + 4.90 = 40.88; 19 % = 7.7672 → 7.77
    expect(result.discountCents).toBe(400);
    expect(result.taxCents).toBe(777);
    expect(result.totalCents).toBe(4088 + 777);
    expect(formatCents(result.totalCents)).toBe('48.65');
  });

  it('is zero at a 0 % rate', () => {
    expect(totals({ lines: [{ quantity: 1, unitCents: 1000 }], taxRate: '0' }).taxCents).toBe(0);
  });
});
