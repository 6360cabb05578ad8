'use server';

import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { deleteAccessToken } from '@/lib/customers/accounts';
import { clearStaffToken, readStaffToken } from '@/lib/studio/staff-session';
import { STUDIO_SIGN_IN_PATH } from '@/lib/studio/studio-guard';

/**
 * Revokes the staff token at the API (customerAccessTokenDelete takes staff tokens too), then
 * drops the cookie and leaves draft mode (a preview's cookie would otherwise keep this browser
 * past the edge cache, every content page rendered per request).
 */
export async function studioSignOut(): Promise<void> {
  const token = await readStaffToken();
  if (token) await deleteAccessToken(token);
  await clearStaffToken();
  (await draftMode()).disable();
  redirect(STUDIO_SIGN_IN_PATH);
}
