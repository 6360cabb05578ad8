import { describe, expect, it } from 'vitest';
import { chooseVariant, isValueAvailable, type PurchaseVariant } from './variant-choice';

const money = { amount: '10.00', currencyCode: 'USD' };
const variant = (id: string, color: string, size: string, availableForSale = true): PurchaseVariant => ({
  id,
  title: `${color} / ${size}`,
  availableForSale,
  price: money,
  compareAtPrice: null,
  selectedOptions: [
    { name: 'Color', value: color },
    { name: 'Size', value: size },
  ],
});
const variants = [
  variant('1', 'Navy', 'S'),
  variant('2', 'Navy', 'M', false),
  variant('3', 'Red', 'M'),
  variant('4', 'Red', 'L'),
];
const available = (v: PurchaseVariant) => v.availableForSale;
const valueOf = (v: PurchaseVariant) => v.selectedOptions[0]!.value;

describe('chooseVariant', () => {
  it('keeps the other options when that combination exists', () => {
    expect(chooseVariant(variants, variants[0]!, 'Size', 'M', available).id).toBe('2');
  });

  it('moves to the closest buyable variant when it does not', () => {
    // Red in size S does not exist: Red M and Red L share nothing with Navy S; both buyable, first wins.
    expect(chooseVariant(variants, variants[0]!, 'Color', 'Red', available).id).toBe('3');
  });

  it('prefers a buyable variant among equally close ones', () => {
    const current = variant('x', 'Navy', 'XL');
    expect(chooseVariant(variants, current, 'Color', 'Navy', available).id).toBe('1');
  });
});

describe('isValueAvailable', () => {
  it('is false when the combination with the current choices is sold out', () => {
    expect(isValueAvailable(variants, variants[0]!, 'Size', 'M', available)).toBe(false);
    expect(isValueAvailable(variants, variants[2]!, 'Size', 'L', available)).toBe(true);
  });

  it('looks at other combinations when the current one does not exist', () => {
    // Navy/S chosen; there is no Red/S, but Red/M and Red/L can be bought.
    expect(isValueAvailable(variants, variants[0]!, 'Color', 'Red', available)).toBe(true);
    const allRedSoldOut = variants.map((v) => (valueOf(v) === 'Red' ? { ...v, availableForSale: false } : v));
    expect(isValueAvailable(allRedSoldOut, allRedSoldOut[0]!, 'Color', 'Red', available)).toBe(false);
  });

  it('agrees with chooseVariant when a product has three options', () => {
    const three = (
      id: string,
      color: string,
      size: string,
      fabric: string,
      availableForSale: boolean,
    ): PurchaseVariant => ({
      ...variant(id, color, size, availableForSale),
      selectedOptions: [
        { name: 'Color', value: color },
        { name: 'Size', value: size },
        { name: 'Fabric', value: fabric },
      ],
    });
    const all = [
      three('a', 'Navy', 'S', 'Cotton', true),
      three('b', 'Red', 'S', 'Wool', false),
      three('c', 'Red', 'L', 'Wool', true),
    ];
    // Picking Red from Navy/S/Cotton lands on Red/S/Wool (closest), which is sold out.
    expect(chooseVariant(all, all[0]!, 'Color', 'Red', available).id).toBe('b');
    expect(isValueAvailable(all, all[0]!, 'Color', 'Red', available)).toBe(false);
  });
});
