import 'server-only';
import { SiteMenusDocument, type SiteMenusQuery } from '../graphql/generated/graphql';
import { requestGraphQL } from '../graphql/request';
import { tagPage } from '../cache-tags';

const NO_MENUS: SiteMenusQuery = { main: null, footer: null };

/**
 * The header (`main`) and footer menus for the layout, tagging the page being rendered with
 * `menu:main` and `menu:footer` so a menu change re-renders every page. A gateway that cannot
 * answer (or `next build`, which runs without one) gives no menus: the layout keeps the shop's
 * built-in links rather than failing every page.
 */
export async function getSiteMenus(): Promise<SiteMenusQuery> {
  await tagPage(['menu:main', 'menu:footer']);
  try {
    return await requestGraphQL(SiteMenusDocument, {}, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    console.error('menus unavailable:', error instanceof Error ? error.message : error);
    return NO_MENUS;
  }
}
