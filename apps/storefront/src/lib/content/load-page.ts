import 'server-only';
import { draftMode } from 'next/headers';
import { readStaffToken } from '../studio/staff-session';
import type { ContentPage } from './content-page';
import { getDraftPage, getPublishedPage } from './get-page';
import { parseBucketSegment } from './page-variant';

export interface LoadedPage {
  page: ContentPage | null;
  /** Draft mode: the draft, asked with the staff member's token; never cached anywhere. */
  draft: boolean;
}

/**
 * The page for a route's `[bucket]` segment. Only in draft mode (Next.js's signed
 * `__prerender_bypass` cookie, set by `/api/draft` for staff) are cookies read and the draft
 * asked for; every other render is the published page, cached whole.
 */
export async function loadPage(handle: string, bucketSegment: string): Promise<LoadedPage> {
  const bucket = parseBucketSegment(bucketSegment);
  if (bucket === null) return { page: null, draft: false };
  if ((await draftMode()).isEnabled) {
    const token = await readStaffToken();
    // Draft mode's cookie outlives the staff cookie (sign-out, the token's 12 h): without a
    // token the published page, still rendered per request, rather than a 404 for every page.
    return { page: token ? await getDraftPage(handle, token) : await getPublishedPage(handle, bucket), draft: true };
  }
  return { page: await getPublishedPage(handle, bucket), draft: false };
}
