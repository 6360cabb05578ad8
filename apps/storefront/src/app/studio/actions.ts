'use server';

import { redirect } from 'next/navigation';
import { deleteAccessToken } from '@/lib/customers/accounts';
import { clearStaffToken, readStaffToken } from '@/lib/studio/staff-session';
import { STUDIO_SIGN_IN_PATH } from '@/lib/studio/studio-guard';

/** Revokes the staff token at the API (customerAccessTokenDelete takes staff tokens too), then drops the cookie. */
export async function studioSignOut(): Promise<void> {
  const token = await readStaffToken();
  if (token) await deleteAccessToken(token);
  await clearStaffToken();
  redirect(STUDIO_SIGN_IN_PATH);
}
