import { describe, expect, it } from 'vitest';
import {
  filtersFromParams,
  normaliseListingParams,
  paramForFilterInput,
  toggleParam,
  withParams,
} from './listing-params';

const params = (query: string) => new URLSearchParams(query);

describe('normaliseListingParams', () => {
  it('keeps known keys only, sorted, so equal lists share one URL', () => {
    const a = normaliseListingParams(params('utm_source=mail&sort_by=price-ascending&filter.p.vendor=Acme&gclid=x'));
    const b = normaliseListingParams(params('filter.p.vendor=Acme&sort_by=price-ascending'));
    expect(a.toString()).toBe(b.toString());
    expect(a.toString()).toBe('filter.p.vendor=Acme&sort_by=price-ascending');
  });

  it('drops empty and over-long values, duplicate pairs and repeated scalars', () => {
    const normalised = normaliseListingParams(
      params(
        `filter.p.tag=&filter.p.tag=a&filter.p.tag=a&sort_by=best-selling&sort_by=manual&filter.p.vendor=${'v'.repeat(201)}`,
      ),
    );
    expect([...normalised]).toEqual([
      ['filter.p.tag', 'a'],
      ['sort_by', 'best-selling'],
    ]);
  });

  it('drops values that cannot change the list', () => {
    const normalised = normaliseListingParams(
      params('sort_by=garbage&filter.v.price.gte=abc&filter.v.availability=yes&q=boots&filter.v.price.lte=20'),
    );
    expect(normalised.toString()).toBe('filter.v.price.lte=20');
  });

  it('keeps the search words only where the page searches', () => {
    expect(normaliseListingParams(params('q=boots&sort_by=relevance'), { allowQuery: true }).toString()).toBe(
      'q=boots&sort_by=relevance',
    );
  });

  it('keeps one paging direction', () => {
    expect(normaliseListingParams(params('after=a&before=b')).toString()).toBe('after=a');
  });

  it('accepts option facets by slug only', () => {
    expect(normaliseListingParams(params('filter.v.option.color=Blue&filter.v.option.Bad Key=x')).toString()).toBe(
      'filter.v.option.color=Blue',
    );
  });
});

describe('filtersFromParams', () => {
  it('maps Shopify parameter names to the API filters', () => {
    expect(
      filtersFromParams(
        params(
          'filter.v.availability=1&filter.p.vendor=Acme&filter.p.product_type=Boots&filter.p.tag=sale&filter.v.option.size=M&filter.v.price.gte=10&filter.v.price.lte=99.5',
        ),
      ),
    ).toEqual([
      { available: true },
      { productVendor: 'Acme' },
      { productType: 'Boots' },
      { tag: 'sale' },
      { variantOption: { name: 'Size', value: 'M' } },
      { price: { min: 10, max: 99.5 } },
    ]);
  });

  it('reads a price range typed the wrong way round as the range between the bounds', () => {
    expect(filtersFromParams(params('filter.v.price.gte=50&filter.v.price.lte=10'))).toEqual([
      { price: { min: 10, max: 50 } },
    ]);
  });

  it('ignores malformed prices and availability', () => {
    expect(filtersFromParams(params('filter.v.price.gte=abc&filter.v.availability=yes'))).toEqual([]);
  });
});

describe('paramForFilterInput', () => {
  it('turns a facet value input back into its URL parameter', () => {
    expect(paramForFilterInput({ productVendor: 'Granite Peak' })).toEqual(['filter.p.vendor', 'Granite Peak']);
    expect(paramForFilterInput({ variantOption: { name: 'Color', value: 'Blue' } })).toEqual([
      'filter.v.option.color',
      'Blue',
    ]);
    expect(paramForFilterInput({ available: false })).toEqual(['filter.v.availability', '0']);
    expect(paramForFilterInput({ price: { min: 1, max: 2 } })).toBeNull();
    expect(paramForFilterInput('nonsense')).toBeNull();
  });

  it('round-trips through filtersFromParams', () => {
    const input = { variantOption: { name: 'Color', value: 'Blue' } };
    const [key, value] = paramForFilterInput(input)!;
    expect(filtersFromParams(new URLSearchParams([[key, value]]))).toEqual([input]);
  });
});

describe('toggleParam and withParams', () => {
  it('adds and removes one value and restarts paging', () => {
    const start = params('after=c1&filter.p.vendor=Acme');
    const added = toggleParam(start, 'filter.p.vendor', 'Yardline');
    expect(added.getAll('filter.p.vendor')).toEqual(['Acme', 'Yardline']);
    expect(added.has('after')).toBe(false);
    expect(toggleParam(added, 'filter.p.vendor', 'Acme').getAll('filter.p.vendor')).toEqual(['Yardline']);
  });

  it('sets and clears scalars', () => {
    expect(withParams(params('sort_by=manual&after=x'), { sort_by: 'best-selling', after: null }).toString()).toBe(
      'sort_by=best-selling',
    );
  });
});
