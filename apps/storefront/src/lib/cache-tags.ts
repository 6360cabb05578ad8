import { unstable_cache } from 'next/cache';

// Every cache tag the storefront uses. A tag names something a page shows; revalidating it
// (POST /api/revalidate, later the worker) refreshes the Next.js page cache, and the same
// names go out as the Surrogate-Key header for edge purges.

/** `gid://shop/Product/42` → `product:42`. */
export function tagForId(globalId: string): string {
  const match = /^gid:\/\/shop\/(\w+)\/(\d+)$/.exec(globalId);
  if (!match) throw new Error(`Not a shop global id: ${globalId}`);
  return `${match[1]!.toLowerCase()}:${match[2]}`;
}

export const TAGS = {
  home: 'page:home',
  /** Every product listing, for changes that reorder or refilter lists (new products, imports). */
  listings: 'listings',
  sitemap: 'sitemap',
} as const;

const TAG_PATTERN = /^[a-z][a-z-]*:[\w-]+$|^[a-z][a-z-]*$/;

/** Tags we accept from outside (revalidation requests). */
export function isValidTag(tag: string): boolean {
  return tag.length <= 128 && TAG_PATTERN.test(tag);
}

/**
 * Attaches tags to the page being rendered, once its data says what it shows. Next.js tags a
 * page with the tags of the caches it reads during render; this reads an empty one carrying
 * our tags, because the ids are only known after the GraphQL response.
 */
export async function tagPage(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)].sort();
  if (unique.length === 0) return;
  await unstable_cache(async () => true, ['page-tags', ...unique], { tags: unique })();
}
