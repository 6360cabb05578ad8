import { env } from '../env';

/** Shop-wide copy and navigation. Menus become editable with the content domain. */
export const SHOP_NAME = 'Northwind Supply';

export const MAIN_NAVIGATION = [
  { label: 'New arrivals', href: '/collections/new-arrivals' },
  { label: 'Apparel', href: '/collections/apparel' },
  { label: 'Footwear', href: '/collections/footwear' },
  { label: 'Accessories', href: '/collections/accessories' },
  { label: 'Best sellers', href: '/collections/best-sellers' },
  { label: 'Sale', href: '/collections/sale' },
];

export const FOOTER_COLUMNS = [
  {
    title: 'Shop',
    links: [
      { label: 'New arrivals', href: '/collections/new-arrivals' },
      { label: 'Best sellers', href: '/collections/best-sellers' },
      { label: 'Sale', href: '/collections/sale' },
      { label: 'Search', href: '/search' },
    ],
  },
  {
    title: 'Your account',
    links: [
      { label: 'Sign in', href: '/account/sign-in' },
      { label: 'Create an account', href: '/account/sign-up' },
      { label: 'Cart', href: '/cart' },
    ],
  },
];

/** Absolute URL on the public shop origin (canonical links, sitemap, Open Graph). */
export function absoluteUrl(path: string): string {
  return new URL(path, env.STOREFRONT_URL).toString();
}
