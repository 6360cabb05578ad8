// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { mount } from './test-mount';

// Menus are written by marketers, so two entries may point at the same place (or share a title).
// React keys made of the href alone then clash, and React may reuse the wrong element on update.
const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
afterEach(() => errors.mockClear());
const keyClashes = () =>
  errors.mock.calls
    .flat()
    .join(' ')
    .match(/same key/g) ?? [];

describe('menus with repeated links', () => {
  it('render in the header (and its submenus) without key clashes', async () => {
    const view = await mount(
      <SiteHeader
        shopName="Harbor Goods"
        homeHref="/"
        navigation={[
          {
            label: 'Sale',
            href: '/collections/sale',
            items: [
              { label: 'Shoes', href: '/collections/sale' },
              { label: 'All', href: '/collections/sale' },
            ],
          },
          { label: 'Deals', href: '/collections/sale' },
        ]}
        search={{ action: '/search', name: 'q', placeholder: 'Search' }}
        accountHref="/account"
      />,
    );
    expect(view.getByRole('link', { name: 'Deals' })).toBeTruthy();
    expect(keyClashes()).toEqual([]);
    await view.unmount();
  });

  it('render in the footer, repeated columns included, without key clashes', async () => {
    const column = {
      title: 'Shop',
      links: [
        { label: 'Sale', href: '/s' },
        { label: 'Offers', href: '/s' },
      ],
    };
    const view = await mount(<SiteFooter shopName="Harbor Goods" columns={[column, column]} />);
    expect(view.getAllByRole('link', { name: 'Offers' })).toHaveLength(2);
    expect(keyClashes()).toEqual([]);
    await view.unmount();
  });
});
