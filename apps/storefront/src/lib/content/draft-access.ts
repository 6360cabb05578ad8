import { HOME_PAGE_HANDLE, PAGE_HANDLE } from './content-page';

/** Roles that may see drafts (the content API checks the same for `preview: true`). */
const PREVIEW_ROLES = new Set(['MARKETER', 'ADMIN']);

export function canPreview(member: { roles: readonly string[] } | null): boolean {
  return member !== null && member.roles.some((role) => PREVIEW_ROLES.has(role));
}

/** Only a page handle is accepted, so `/api/draft` can never redirect off the shop. */
export function isPageHandle(handle: string): boolean {
  return PAGE_HANDLE.test(handle);
}

/** Where a page is served: the home page at `/`, the rest at `/pages/<handle>`. */
export function draftTarget(handle: string): string {
  return handle === HOME_PAGE_HANDLE ? '/' : `/pages/${handle}`;
}
