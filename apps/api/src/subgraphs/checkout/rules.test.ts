import { describe, expect, it } from 'vitest';
import {
  availableRates,
  holdQuantities,
  isValidIdempotencyKey,
  missingForCompletion,
  reservationAlive,
  shortfallErrors,
} from './rules.js';
import type { ShippingRateRow } from './tables.js';

const rate = (handle: string, overrides: Partial<ShippingRateRow> = {}): ShippingRateRow => ({
  handle,
  title: handle,
  price: '4.90',
  currencyCode: 'EUR',
  minSubtotal: null,
  maxSubtotal: null,
  countries: null,
  position: 0,
  active: true,
  ...overrides,
});

describe('shipping rates', () => {
  const rates = [
    rate('express', { price: '14.90', position: 2 }),
    rate('standard', { position: 1 }),
    rate('free', { price: '0.00', minSubtotal: '100.00', position: 0 }),
    rate('retired', { active: false }),
    rate('nordic', { countries: ['SE', 'NO'], position: 3 }),
  ];

  it('offers free shipping from 100.00 on, in position order', () => {
    expect(availableRates(rates, 9999, 'DE').map((r) => r.handle)).toEqual(['standard', 'express']);
    expect(availableRates(rates, 10000, 'DE').map((r) => r.handle)).toEqual(['free', 'standard', 'express']);
  });

  it('offers a country-bound rate only there, and never an inactive one', () => {
    expect(availableRates(rates, 100, 'SE').map((r) => r.handle)).toContain('nordic');
    expect(availableRates(rates, 100, null).map((r) => r.handle)).not.toContain('nordic');
    expect(availableRates(rates, 100, 'SE').map((r) => r.handle)).not.toContain('retired');
  });
});

describe('readiness', () => {
  it('names what is missing, in form order', () => {
    expect(
      missingForCompletion({ email: null, shippingAddress: null, shippingRateHandle: null }).map((e) => e.code),
    ).toEqual(['MISSING_EMAIL', 'MISSING_SHIPPING_ADDRESS', 'MISSING_SHIPPING_RATE']);
    expect(missingForCompletion({ email: 'a@b.de', shippingAddress: null, shippingRateHandle: 'standard' })).toEqual([
      expect.objectContaining({ code: 'MISSING_SHIPPING_ADDRESS', field: ['shippingAddress'] }),
    ]);
  });

  it('holds a reservation until, not including, its time', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(reservationAlive({ reservedUntil: new Date('2026-12-01T10:00:01Z') }, now)).toBe(true);
    expect(reservationAlive({ reservedUntil: now }, now)).toBe(false);
    expect(reservationAlive({ reservedUntil: null }, now)).toBe(false);
  });
});

describe('idempotency keys', () => {
  it('accepts 16 to 200 characters of [A-Za-z0-9_-]: a UUID, a base64url token', () => {
    expect(isValidIdempotencyKey('3f0c9d1e-7a3b-4c1d-9e2f-5a6b7c8d9e0f')).toBe(true);
    expect(isValidIdempotencyKey('3f0c9d1e7a3b4c1d9e2f5a6b7c8d9e0f')).toBe(true);
    expect(isValidIdempotencyKey('kQ3_x-9ZrT0aBcDe')).toBe(true);
    expect(isValidIdempotencyKey('x'.repeat(16))).toBe(true);
    expect(isValidIdempotencyKey('x'.repeat(200))).toBe(true);
  });

  it('refuses keys another shopper could guess or that carry anything but the key', () => {
    // Keys are global across shoppers: a short one such as "1" collides with anyone else's "1".
    expect(isValidIdempotencyKey('1')).toBe(false);
    expect(isValidIdempotencyKey('order-1')).toBe(false);
    expect(isValidIdempotencyKey('x'.repeat(15))).toBe(false);
    expect(isValidIdempotencyKey('x'.repeat(201))).toBe(false);
    expect(isValidIdempotencyKey('')).toBe(false);
    expect(isValidIdempotencyKey('with space in the middle')).toBe(false);
    expect(isValidIdempotencyKey('key:with:colons:0001')).toBe(false);
    expect(isValidIdempotencyKey('3f0c9d1e-7a3b-4c1d-9e2f-5a6b7c8d9e0f\n')).toBe(false);
    expect(isValidIdempotencyKey('nul\0nul\0nul\0nul\0nul\0')).toBe(false);
  });
});

describe('holdQuantities', () => {
  it('holds one line per variant, for the sum of its lines', () => {
    expect(
      holdQuantities([
        { variantId: 3, quantity: 2 },
        { variantId: 1, quantity: 1 },
        { variantId: 3, quantity: 5 },
      ]),
    ).toEqual([
      { variantId: 3, quantity: 7 },
      { variantId: 1, quantity: 1 },
    ]);
  });
});

describe('stock shortfalls', () => {
  it('names the cart line and says how many are left', () => {
    const errors = shortfallErrors(
      [
        { variantId: 7, available: 2, requested: 5, reason: 'NOT_ENOUGH_STOCK' },
        { variantId: 8, available: 0, requested: 1, reason: 'NOT_ENOUGH_STOCK' },
        { variantId: 9, available: 3, requested: 4, reason: 'OVER_MAX_PER_ORDER' },
      ],
      [
        { variantId: 7, lineGlobalId: 'gid://shop/CartLine/a' },
        { variantId: 8, lineGlobalId: 'gid://shop/CartLine/b' },
        { variantId: 9, lineGlobalId: 'gid://shop/CartLine/c' },
      ],
    );
    expect(errors).toEqual([
      {
        code: 'NOT_ENOUGH_STOCK',
        field: ['lines', 'gid://shop/CartLine/a', 'quantity'],
        message: expect.stringContaining('Only 2'),
      },
      {
        code: 'NOT_ENOUGH_STOCK',
        field: ['lines', 'gid://shop/CartLine/b', 'quantity'],
        message: 'This item is sold out.',
      },
      {
        code: 'INVALID',
        field: ['lines', 'gid://shop/CartLine/c', 'quantity'],
        message: expect.stringContaining('At most 3'),
      },
    ]);
  });
});
