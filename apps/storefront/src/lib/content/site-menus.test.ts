import { describe, expect, it } from 'vitest';
import { footerColumnsFromMenu, navigationFromMenu } from './site-menus';

const menu = {
  handle: 'main',
  items: [
    { title: 'Sale', url: '/collections/sale', items: [] },
    {
      title: 'Apparel',
      url: '/collections/apparel',
      items: [
        { title: 'Shirts', url: '/collections/shirts' },
        { title: 'Bad', url: 'javascript:alert(1)' },
      ],
    },
    { title: 'Evil', url: 'javascript:alert(1)', items: [] },
  ],
};

describe('navigationFromMenu', () => {
  it('maps items and one level of sub-items, leaving out unsafe links', () => {
    expect(navigationFromMenu(menu, [{ label: 'Fallback', href: '/' }])).toEqual([
      { label: 'Sale', href: '/collections/sale', items: [] },
      { label: 'Apparel', href: '/collections/apparel', items: [{ label: 'Shirts', href: '/collections/shirts' }] },
    ]);
  });

  it("keeps today's links when the menu is missing or empty", () => {
    const fallback = [{ label: 'Fallback', href: '/' }];
    expect(navigationFromMenu(null, fallback)).toBe(fallback);
    expect(navigationFromMenu({ handle: 'main', items: [] }, fallback)).toBe(fallback);
  });
});

describe('footerColumnsFromMenu', () => {
  it('makes a column of each item with sub-items, and one of the single links', () => {
    expect(footerColumnsFromMenu({ ...menu, handle: 'footer' }, [])).toEqual([
      { title: 'Apparel', links: [{ label: 'Shirts', href: '/collections/shirts' }] },
      { title: 'More', links: [{ label: 'Sale', href: '/collections/sale' }] },
    ]);
  });

  it("keeps today's columns when the menu is missing", () => {
    const fallback = [{ title: 'Shop', links: [] }];
    expect(footerColumnsFromMenu(null, fallback)).toBe(fallback);
  });
});
