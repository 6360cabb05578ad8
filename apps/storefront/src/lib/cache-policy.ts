/**
 * How long the edge may keep public pages. Edges serve stale copies while they refetch and
 * while the origin fails, so a flash sale never waits on a render. Tag purges make changes
 * visible long before s-maxage runs out.
 */
export const PAGE_S_MAXAGE = 300;
export const PAGE_STALE_WHILE_REVALIDATE = 86_400;
export const PAGE_STALE_IF_ERROR = 604_800;

/** The ISR interval inside Next.js; tag revalidation usually comes first. */
export const PAGE_REVALIDATE_SECONDS = 300;

export const CACHEABLE_PAGE_HEADERS = [
  {
    key: 'Cache-Control',
    value: `public, s-maxage=${PAGE_S_MAXAGE}, stale-while-revalidate=${PAGE_STALE_WHILE_REVALIDATE}, stale-if-error=${PAGE_STALE_IF_ERROR}`,
  },
];

/** Search results are public but endless in variety: a short edge life, no Next.js page cache. */
export const SEARCH_PAGE_HEADERS = [
  {
    key: 'Cache-Control',
    value: `public, s-maxage=60, stale-while-revalidate=600, stale-if-error=${PAGE_STALE_IF_ERROR}`,
  },
];

/** Draft-mode renders (staff previews of unpublished pages): nobody may keep them. */
export const DRAFT_PAGE_HEADERS = [{ key: 'Cache-Control', value: 'private, no-store' }];

/** The staff studio: personal, never stored by anyone, never indexed. */
export const STUDIO_HEADERS = [
  { key: 'Cache-Control', value: 'private, no-store' },
  { key: 'X-Robots-Tag', value: 'noindex' },
];
