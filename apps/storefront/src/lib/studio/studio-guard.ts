import 'server-only';
import { redirect } from 'next/navigation';
import { getStudioStaff, type StudioStaff } from './staff-session';
import { canEditPages, canUseStudio } from './studio-roles';

export const STUDIO_SIGN_IN_PATH = '/studio/sign-in';

/**
 * Every studio page and server action starts here: signed-out visitors (and shoppers, whose
 * token is no staff token) go to sign-in; staff without a studio role are turned away there.
 * The API checks each mutation's roles again: this guard is for people, not the boundary.
 */
export async function requireStudioStaff(): Promise<StudioStaff> {
  const staff = await getStudioStaff();
  if (!staff) redirect(STUDIO_SIGN_IN_PATH);
  if (!canUseStudio(staff.member.roles)) redirect(`${STUDIO_SIGN_IN_PATH}?denied=1`);
  return staff;
}

/** Pages and menus: MARKETER or ADMIN; other staff go to the studio's start. */
export async function requirePageEditor(): Promise<StudioStaff> {
  const staff = await requireStudioStaff();
  if (!canEditPages(staff.member.roles)) redirect('/studio?denied=pages');
  return staff;
}
