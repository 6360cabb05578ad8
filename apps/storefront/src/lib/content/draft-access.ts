import { canEditPages } from '../studio/studio-roles';
import { HOME_PAGE_HANDLE, PAGE_HANDLE } from './content-page';

/** Drafts are for those who may edit pages (the content API checks the same for `preview: true`). */
export function canPreview(member: { roles: readonly string[] } | null): boolean {
  return member !== null && canEditPages(member.roles);
}

/** Only a page handle is accepted, so `/api/draft` can never redirect off the shop. */
export function isPageHandle(handle: string): boolean {
  return PAGE_HANDLE.test(handle);
}

/** Where a page is served: the home page at `/`, the rest at `/pages/<handle>`. */
export function draftTarget(handle: string): string {
  return handle === HOME_PAGE_HANDLE ? '/' : `/pages/${handle}`;
}
