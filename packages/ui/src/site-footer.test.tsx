import { describe, expect, it } from 'vitest';
import { SiteFooter } from './site-footer';
import { renderDom } from './test-utils';

const columns = [
  {
    title: 'Shop',
    links: [
      { label: 'New in', href: '/collections/new' },
      { label: 'Sale', href: '/collections/sale' },
    ],
  },
  { title: 'Help', links: [{ label: 'Returns', href: '/pages/returns' }] },
];

describe('SiteFooter', () => {
  it('is the contentinfo landmark with a heading per column and its links', () => {
    const v = renderDom(<SiteFooter shopName="Harbor Goods" columns={columns} note="Prices include VAT." />);
    v.getByRole('contentinfo');
    expect(v.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Shop', 'Help']);
    expect(v.getByRole('link', { name: 'Returns' }).getAttribute('href')).toBe('/pages/returns');
    expect(v.getAllByRole('link')).toHaveLength(3);
    expect(v.getByText('Harbor Goods').tagName).toBe('P');
    expect(v.getByText('Prices include VAT.')).toBeTruthy();
  });

  it('works with no columns and no note', () => {
    const v = renderDom(<SiteFooter shopName="Harbor Goods" columns={[]} />);
    expect(v.queryByRole('heading')).toBeNull();
    expect(v.body.querySelectorAll('p')).toHaveLength(1);
  });
});
