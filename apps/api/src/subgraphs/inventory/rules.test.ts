import { describe, expect, it } from 'vitest';
import { isAvailableForSale, quantityAvailable, type VariantStock } from './rules.js';

const stock = (fields: Partial<VariantStock>): VariantStock => ({
  variantId: 1,
  productId: 1,
  tracked: true,
  onHand: 0,
  reserved: 0,
  ...fields,
});

describe('stock rules', () => {
  it('subtracts what checkouts hold', () => {
    expect(quantityAvailable(stock({ onHand: 5, reserved: 2 }))).toBe(3);
    expect(quantityAvailable(stock({ onHand: 2, reserved: 2 }))).toBe(0);
  });

  it('sells untracked items always and tracked ones while a unit is free', () => {
    expect(isAvailableForSale(stock({ tracked: false }))).toBe(true);
    expect(isAvailableForSale(stock({ onHand: 1 }))).toBe(true);
    expect(isAvailableForSale(stock({ onHand: 1, reserved: 1 }))).toBe(false);
    expect(isAvailableForSale(null)).toBe(false);
  });
});
