import { describe, expect, it } from 'vitest';
import { FacetList, type FacetListProps } from './facet-list';
import { renderDom } from './test-utils';

const props: FacetListProps = {
  facets: [
    {
      id: 'color',
      label: 'Color',
      values: [
        { id: 'navy', label: 'Navy', count: 12, href: '/c/shirts?color=navy', active: true },
        { id: 'sand', label: 'Sand', count: 4, href: '/c/shirts?color=navy&color=sand', active: false },
        { id: 'red', label: 'Red', count: 0, href: '/c/shirts?color=navy&color=red', active: false },
      ],
    },
    { id: 'size', label: 'Size', values: [{ id: 's', label: 'S', count: 3, href: '/c/shirts?size=s', active: false }] },
    {
      id: 'vendor',
      label: 'Brand',
      values: [{ id: 'acme', label: 'Acme', count: 5, href: '/c/shirts?vendor=acme', active: false }],
    },
    {
      id: 'material',
      label: 'Material',
      values: [{ id: 'linen', label: 'Linen', count: 2, href: '/c/shirts?m=linen', active: true }],
    },
  ],
  priceFilter: {
    action: '/c/shirts',
    hiddenParams: [
      ['color', 'navy'],
      ['sort', 'price-asc'],
    ],
    minName: 'price.min',
    maxName: 'price.max',
    min: '10',
    minPlaceholder: '0',
    maxPlaceholder: '250',
    currencyCode: 'USD',
  },
  activeFilters: [
    { label: 'Navy', removeHref: '/c/shirts' },
    { label: 'Linen', removeHref: '/c/shirts?color=navy' },
  ],
  clearAllHref: '/c/shirts?sort=price-asc',
};

const view = (overrides: Partial<FacetListProps> = {}) => renderDom(<FacetList {...props} {...overrides} />);

describe('FacetList', () => {
  it('is a region named by its heading, with a "Filters" toggle for small screens', () => {
    const v = view();
    v.getByRole('region', { name: 'Filters' });
    v.getByRole('heading', { level: 2, name: 'Filters' });
    const toggle = v.body.querySelector('details > summary');
    expect(toggle?.textContent).toBe('Filters2 active');
    expect(toggle?.parentElement?.hasAttribute('open')).toBe(false);
  });

  it('opens the first two facets and any facet with an active value', () => {
    const facets = [...view().body.querySelectorAll('.panel > details')];
    const open = facets.map((details) => [details.querySelector('summary')?.textContent, details.hasAttribute('open')]);
    expect(open).toEqual([
      ['Color', true],
      ['Size', true],
      ['Brand', false],
      ['Material', true],
      ['Price', true],
    ]);
  });

  it('links each value with its count, marking the selected ones in words', () => {
    const v = view();
    const navy = v.getByRole('link', { name: 'Navy (selected) (12)' });
    expect(navy.getAttribute('href')).toBe('/c/shirts?color=navy');
    expect(navy.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
    const sand = v.getByRole('link', { name: 'Sand (4)' });
    expect(sand.getAttribute('href')).toBe('/c/shirts?color=navy&color=sand');
    expect(sand.querySelector('svg')).toBeNull();
  });

  it('shows an empty value as disabled, without a link target', () => {
    const red = view().getByRole('link', { name: 'Red (0)' });
    expect(red.hasAttribute('href')).toBe(false);
    expect(red.getAttribute('aria-disabled')).toBe('true');
  });

  it('renders the price filter as a GET form with labelled number inputs', () => {
    const v = view();
    const min = v.getByRole('spinbutton', { name: 'Min' }) as HTMLInputElement;
    const max = v.getByRole('spinbutton', { name: 'Max' }) as HTMLInputElement;
    expect([min.name, min.value, min.step, min.getAttribute('inputmode'), min.placeholder]).toEqual([
      'price.min',
      '10',
      '0.01',
      'decimal',
      '0',
    ]);
    expect([max.name, max.value, max.placeholder]).toEqual(['price.max', '', '250']);
    v.getByRole('group', { name: 'Price range in USD' });
    const form = min.closest('form');
    expect(form?.getAttribute('action')).toBe('/c/shirts');
    expect(form?.getAttribute('method')).toBe('get');
    const hidden = [...(form?.querySelectorAll('input[type="hidden"]') ?? [])].map(
      (input) => `${input.getAttribute('name')}=${input.getAttribute('value')}`,
    );
    expect(hidden).toEqual(['color=navy', 'sort=price-asc']);
    expect(v.getByRole('button', { name: 'Apply' }).getAttribute('type')).toBe('submit');
  });

  it('lists active filters as removable chips with "Clear all"', () => {
    const v = view();
    const chips = v.getByRole('list', { name: 'Active filters' });
    expect(chips.querySelectorAll('li')).toHaveLength(2);
    expect(v.getByRole('link', { name: 'Remove filter: Navy' }).getAttribute('href')).toBe('/c/shirts');
    expect(v.getByRole('link', { name: 'Remove filter: Linen' }).getAttribute('href')).toBe('/c/shirts?color=navy');
    expect(v.getByRole('link', { name: 'Clear all' }).getAttribute('href')).toBe('/c/shirts?sort=price-asc');
  });

  it('leaves out what is not there', () => {
    const v = view({ activeFilters: [], clearAllHref: null, priceFilter: null, heading: 'Refine' });
    v.getByRole('region', { name: 'Refine' });
    expect(v.queryByRole('list', { name: 'Active filters' })).toBeNull();
    expect(v.queryByRole('link', { name: 'Clear all' })).toBeNull();
    expect(v.queryByRole('spinbutton')).toBeNull();
    expect(v.body.querySelector('details > summary')?.textContent).toBe('Refine');
  });
});
