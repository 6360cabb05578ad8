import { describe, expect, it } from 'vitest';
import { toFacets } from './facets.js';
import type { FacetRow } from './repository.js';

const row = (facet: string, value: string | null, count: number, extra: Partial<FacetRow> = {}): FacetRow => ({
  facet,
  name: null,
  value,
  count,
  upper: null,
  ...extra,
});

describe('toFacets', () => {
  const facets = toFacets([
    row('availability', 'false', 3),
    row('availability', 'true', 40),
    row('vendor', 'Zeta', 2),
    row('vendor', 'Acme', 5),
    row('option', 'XL', 4, { name: 'Size' }),
    row('option', 'S', 9, { name: 'Size' }),
    row('option', 'M', 7, { name: 'Size' }),
    row('option', '42', 1, { name: 'Shoe size' }),
    row('option', '39', 1, { name: 'Shoe size' }),
    row('price', '9.50', 43, { upper: '120.00' }),
    row('tag', 'sale', 0),
    row('option', 'Default Title', 12, { name: 'Title' }),
  ]);

  it('orders facets as shoppers scan them and leaves out empty values', () => {
    expect(facets.map((facet) => facet.id)).toEqual([
      'filter.v.availability',
      'filter.v.price',
      'filter.p.vendor',
      'filter.v.option.shoe-size',
      'filter.v.option.size',
    ]);
  });

  it('puts in-stock first, sizes in size order and numbers numerically', () => {
    expect(facets[0]!.values.map((value) => value.label)).toEqual(['In stock', 'Out of stock']);
    expect(facets.find((f) => f.label === 'Size')!.values.map((value) => value.label)).toEqual(['S', 'M', 'XL']);
    expect(facets.find((f) => f.label === 'Shoe size')!.values.map((value) => value.label)).toEqual(['39', '42']);
  });

  it('gives each value the ProductFilter input that selects it', () => {
    expect(facets.find((f) => f.label === 'Vendor')!.values[0]).toEqual({
      id: 'filter.p.vendor.acme',
      label: 'Acme',
      count: 5,
      input: { productVendor: 'Acme' },
    });
    expect(facets[1]).toMatchObject({
      type: 'PRICE_RANGE',
      values: [{ count: 43, input: { price: { min: 9.5, max: 120 } } }],
    });
  });
});
