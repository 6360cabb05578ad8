import 'server-only';
import { cache } from 'react';
import { ContentPageDocument } from '../graphql/generated/graphql';
import { requestGraphQL } from '../graphql/request';
import type { ContentPage } from './content-page';
import { isPageHandle } from './draft-access';
import { variantFor } from './page-variant';

/**
 * The published page for a shopper in edge bucket `bucket` (0-9), or null (no such page, not
 * published, or a handle the API would never have made). The first answer names the A/B split
 * of a running test; only buckets under it ask again for version `b`, so a page without a test
 * costs one request.
 */
export const getPublishedPage = cache(async (handle: string, bucket: number): Promise<ContentPage | null> => {
  if (!isPageHandle(handle)) return null;
  const { page } = await requestGraphQL(ContentPageDocument, { handle, preview: false, variant: 'a' });
  if (!page || variantFor(bucket, page.experimentSplit) !== 'b') return page;
  return (await requestGraphQL(ContentPageDocument, { handle, preview: false, variant: 'b' })).page;
});

/**
 * The draft, for draft mode: asked with the staff member's own token, so the API decides who may
 * see it (MARKETER or ADMIN; anyone else gets the published page or null).
 */
export const getDraftPage = cache(async (handle: string, staffToken: string): Promise<ContentPage | null> => {
  if (!isPageHandle(handle)) return null;
  const { page } = await requestGraphQL(
    ContentPageDocument,
    { handle, preview: true },
    { headers: { authorization: `Bearer ${staffToken}` } },
  );
  return page;
});
