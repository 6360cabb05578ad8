import { describe, expect, it } from 'vitest';
import { CartBadge } from './cart-badge';
import { SiteHeader, type SiteHeaderProps } from './site-header';
import { renderDom } from './test-utils';

const props: SiteHeaderProps = {
  shopName: 'Harbor Goods',
  homeHref: '/',
  navigation: [
    { label: 'New', href: '/collections/new' },
    { label: 'Shirts', href: '/collections/shirts', current: true },
  ],
  search: { action: '/search', name: 'q', placeholder: 'Search', defaultValue: 'linen' },
  accountHref: '/account',
  cartSlot: <CartBadge href="/cart" count={2} />,
};

const view = (overrides: Partial<SiteHeaderProps> = {}) => renderDom(<SiteHeader {...props} {...overrides} />);

describe('SiteHeader', () => {
  it('is the banner, with the skip link as its first focusable element', () => {
    const v = view();
    const banner = v.getByRole('banner');
    const first = banner.querySelector('a, button, input, summary');
    expect(first?.textContent).toBe('Skip to content');
    expect(first?.getAttribute('href')).toBe('#main');
  });

  it('links the shop name home, and the account', () => {
    const v = view({ accountLabel: 'Sign in' });
    expect(v.getByRole('link', { name: 'Harbor Goods' }).getAttribute('href')).toBe('/');
    expect(v.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/account');
    expect(view().getByRole('link', { name: 'Account' })).toBeTruthy();
  });

  it('has a GET search landmark with a labelled field and a "Search" button', () => {
    const v = view();
    const form = v.getByRole('search', { name: 'Site' });
    expect([form.getAttribute('action'), form.getAttribute('method')]).toEqual(['/search', 'get']);
    const input = v.getByRole('searchbox', { name: 'Search products' }) as HTMLInputElement;
    expect([input.name, input.value, input.placeholder]).toEqual(['q', 'linen', 'Search']);
    expect(v.getByRole('button', { name: 'Search' }).getAttribute('type')).toBe('submit');
  });

  it('takes a custom search label', () => {
    expect(
      view({ search: { ...props.search, label: 'Search the shop' } }).getByRole('searchbox', {
        name: 'Search the shop',
      }),
    ).toBeTruthy();
  });

  it('renders the main navigation with the current section marked', () => {
    const v = view();
    const nav = v.getByRole('navigation', { name: 'Main' });
    const links = [...nav.querySelectorAll('a')];
    expect(
      links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('aria-current')]),
    ).toEqual([
      ['New', '/collections/new', null],
      ['Shirts', '/collections/shirts', 'page'],
    ]);
  });

  it('puts a closed "Menu" toggle right before the navigation', () => {
    const nav = view().getByRole('navigation', { name: 'Main' });
    const toggle = nav.previousElementSibling;
    expect(toggle?.tagName).toBe('DETAILS');
    expect(toggle?.hasAttribute('open')).toBe(false);
    expect(toggle?.querySelector('summary')?.textContent).toBe('Menu');
  });

  it('shows the cart slot', () => {
    expect(view().getByRole('link', { name: 'Cart, 2 items' }).getAttribute('href')).toBe('/cart');
  });

  it('drops the menu when there is no navigation', () => {
    const v = view({ navigation: [] });
    expect(v.queryByRole('navigation')).toBeNull();
    expect(v.body.querySelector('details')).toBeNull();
  });

  it('gives an item with sub-links a disclosure button beside its link, closed', () => {
    const v = view({
      navigation: [
        { label: 'Apparel', href: '/collections/apparel', items: [{ label: 'Shirts', href: '/collections/shirts' }] },
      ],
    });
    const nav = v.getByRole('navigation', { name: 'Main' });
    expect(nav.querySelector('a[href="/collections/apparel"]')?.textContent).toBe('Apparel');
    const button = v.getByRole('button', { name: 'Apparel: more' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(nav.querySelector('a[href="/collections/shirts"]')?.closest('ul[hidden]')).toBeTruthy();
  });
});
