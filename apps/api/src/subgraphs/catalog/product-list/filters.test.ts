import { describe, expect, it } from 'vitest';
import { parseProductFilters, withoutGroup } from './filters.js';

describe('parseProductFilters', () => {
  it('groups values: same kind ORed, kinds ANDed', () => {
    const filters = parseProductFilters([
      { productVendor: 'Acme' },
      { productVendor: 'Blue Fox' },
      { variantOption: { name: 'Size', value: 'M' } },
      { variantOption: { name: 'Size', value: 'L' } },
      { variantOption: { name: 'Color', value: 'Blue' } },
      { tag: 'sale' },
      { available: true },
    ]);
    expect(filters.vendors).toEqual(['Acme', 'Blue Fox']);
    expect(Object.fromEntries(filters.options)).toEqual({ Size: ['M', 'L'], Color: ['Blue'] });
    expect(filters.tags).toEqual(['sale']);
    expect(filters.availability).toEqual([true]);
  });

  it('treats both availability values as no filter', () => {
    expect(parseProductFilters([{ available: true }, { available: false }]).availability).toEqual([]);
  });

  it('intersects two price ranges', () => {
    expect(parseProductFilters([{ price: { min: 10, max: 100 } }, { price: { min: 20 } }]).price).toEqual({
      min: 20,
      max: 100,
    });
  });

  it.each([
    [[{ price: { min: 50, max: 10 } }]],
    [[{ price: { min: -1 } }]],
    [[{ productVendor: '   ' }]],
    [[{ tag: 'x'.repeat(201) }]],
    [Array.from({ length: 51 }, () => ({ tag: 'sale' }))],
  ])('rejects %#', (input) => {
    expect(() => parseProductFilters(input)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('drops one group for disjunctive facet counts without touching the others', () => {
    const filters = parseProductFilters([{ productVendor: 'Acme' }, { variantOption: { name: 'Size', value: 'M' } }]);
    expect(withoutGroup(filters, 'vendor').vendors).toEqual([]);
    expect(withoutGroup(filters, 'option:Size').options.size).toBe(0);
    expect(filters.vendors).toEqual(['Acme']);
    expect(filters.options.size).toBe(1);
  });
});
