import type { SiteMenuFragment } from '../graphql/generated/graphql';
import { safeContentUrl } from './content-url';

export interface NavigationLink {
  label: string;
  href: string;
  items?: { label: string; href: string }[];
}

export interface FooterColumn {
  title: string;
  links: { label: string; href: string }[];
}

type MenuItem = { title: string; url: string };

/** Items whose link passes the render-side check, as label/href; an unsafe one is left out. */
function links(items: readonly MenuItem[]): { label: string; href: string }[] {
  return items.flatMap((item) => {
    const href = safeContentUrl(item.url);
    return href ? [{ label: item.title, href }] : [];
  });
}

/** The header's `main` menu, or `fallback` (the shop's built-in links) when it is missing or empty. */
export function navigationFromMenu(menu: SiteMenuFragment | null, fallback: NavigationLink[]): NavigationLink[] {
  if (!menu || menu.items.length === 0) return fallback;
  const navigation = menu.items.flatMap((item) => {
    const href = safeContentUrl(item.url);
    return href ? [{ label: item.title, href, items: links(item.items) }] : [];
  });
  return navigation.length > 0 ? navigation : fallback;
}

/**
 * The `footer` menu as link columns: each item with sub-items is a column titled by it; the
 * items without make one more column. `fallback` when the menu is missing or empty.
 */
export function footerColumnsFromMenu(menu: SiteMenuFragment | null, fallback: FooterColumn[]): FooterColumn[] {
  if (!menu || menu.items.length === 0) return fallback;
  const columns = menu.items
    .filter((item) => item.items.length > 0)
    .map((item) => ({ title: item.title, links: links(item.items) }))
    .filter((column) => column.links.length > 0);
  const single = links(menu.items.filter((item) => item.items.length === 0));
  if (single.length > 0) columns.push({ title: 'More', links: single });
  return columns.length > 0 ? columns : fallback;
}
