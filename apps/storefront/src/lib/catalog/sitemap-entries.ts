import { unstable_cache } from 'next/cache';
import {
  SitemapCollectionsDocument,
  SitemapPagesDocument,
  SitemapProductsDocument,
  type SitemapCollectionsQuery,
  type SitemapPagesQuery,
  type SitemapProductsQuery,
} from '../graphql/generated/graphql';
import { requestGraphQL } from '../graphql/request';
import { TAGS } from '../cache-tags';
import { HOME_PAGE_HANDLE } from '../content/content-page';

export interface SitemapEntry {
  path: string;
  lastModified: string;
}

const MAX_PAGES = 200; // 50,000 URLs: the sitemap protocol's limit per file.

async function loadEntries(): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [{ path: '/', lastModified: new Date().toISOString() }];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { collections }: SitemapCollectionsQuery = await requestGraphQL(SitemapCollectionsDocument, { after });
    entries.push(...collections.nodes.map((c) => ({ path: `/collections/${c.handle}`, lastModified: c.updatedAt })));
    if (!collections.pageInfo.hasNextPage || !collections.pageInfo.endCursor) break;
    after = collections.pageInfo.endCursor;
  }
  after = undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { products }: SitemapProductsQuery = await requestGraphQL(SitemapProductsDocument, { after });
    entries.push(...products.nodes.map((p) => ({ path: `/products/${p.handle}`, lastModified: p.updatedAt })));
    if (!products.pageInfo.hasNextPage || !products.pageInfo.endCursor) break;
    after = products.pageInfo.endCursor;
  }
  // Content pages (the home page is `/`, already listed).
  after = undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { publishedPages }: SitemapPagesQuery = await requestGraphQL(SitemapPagesDocument, { after });
    entries.push(
      ...publishedPages.nodes
        .filter((p) => p.handle !== HOME_PAGE_HANDLE)
        .map((p) => ({ path: `/pages/${p.handle}`, lastModified: p.updatedAt })),
    );
    if (!publishedPages.pageInfo.hasNextPage || !publishedPages.pageInfo.endCursor) break;
    after = publishedPages.pageInfo.endCursor;
  }
  return entries;
}

/** Every public page, cached for an hour (the catalogue walk is 20+ requests). */
export const getSitemapEntries = unstable_cache(loadEntries, ['sitemap-entries'], {
  revalidate: 3600,
  tags: [TAGS.sitemap, TAGS.listings],
});
