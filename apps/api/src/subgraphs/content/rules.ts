// Pure rules of the content domain: names, links, limits, A/B split and cache tags.

export const LIMITS = {
  title: 200,
  handle: 100,
  seoTitle: 200,
  seoDescription: 500,
  blocks: 50,
  /** Rich text, in UTF-8 bytes, before sanitising. */
  richTextBytes: 50 * 1024,
  heading: 200,
  subheading: 300,
  ctaLabel: 60,
  bannerText: 300,
  url: 2_000,
  gridProducts: 24,
  collectionLimit: 24,
  /**
   * Products (grids, and each collection block's limit) plus collections on one page: the
   * storefront tags the page with each, in one Next.js cache call that keeps 128 tags and drops
   * the rest, so a change to a product past the cut would never reach the page.
   */
  pageReferences: 100,
  menuItems: 20,
  menuTitle: 60,
  menuHandle: 40,
  revisions: 50,
} as const;

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A page's handle, or with `max` a menu's: lowercase letters and digits in dash-separated runs. */
export function isValidHandle(handle: string, max: number = LIMITS.handle): boolean {
  return handle.length <= max && HANDLE.test(handle);
}

// Whitespace, control characters and backslashes are how `java\tscript:` and `/\evil.com` slip
// past naive checks; none belongs in a link a marketer types.
const hasUnsafeCharacter = (value: string) =>
  [...value].some((char) => {
    const code = char.codePointAt(0)!;
    return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || char === '\\';
  });

/**
 * A link target marketers may set: a path on the shop (`/collections/sale`, never the
 * protocol-relative `//host`) or an absolute https URL. Everything else (`javascript:`, `data:`,
 * `http:`, `mailto:`) is refused.
 */
export function isSafeUrl(value: string): boolean {
  if (value.length === 0 || value.length > LIMITS.url || hasUnsafeCharacter(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Split percentages an experiment may use: 10, 20, ... 90 (the edge's deciles). */
export function isValidSplit(percent: number): boolean {
  return Number.isInteger(percent) && percent >= 10 && percent <= 90 && percent % 10 === 0;
}

export type Variant = 'a' | 'b';

/** The version a request sees: 'b' only when asked for by name; anything else is the page's own. */
export function pickVariant(asked: string | null | undefined): Variant {
  return asked === 'b' ? 'b' : 'a';
}

/**
 * Tags a change to a page must invalidate (the storefront tags pages with them): the page, the
 * home alias, every handle it is or was served under, and the sitemap, which lists live pages
 * with their last publish (kept an hour at the edge otherwise).
 */
export function pageTags(pageId: number, handles: ReadonlyArray<string | null | undefined>): string[] {
  const tags = new Set([`page:${pageId}`]);
  for (const handle of handles) {
    if (!handle) continue;
    tags.add(`page-handle:${handle}`);
    if (handle === 'home') tags.add('page:home');
  }
  tags.add('sitemap');
  return [...tags];
}

export const menuTags = (handle: string) => [`menu:${handle}`];

/** Redis hash holding an experiment's counts: fields `a:views`, `b:addsToCart`, ... */
export const experimentCountsKey = (pageId: number) => `content:experiment:${pageId}`;
