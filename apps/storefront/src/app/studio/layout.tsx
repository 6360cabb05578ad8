import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StudioNav } from '@/components/studio/studio-nav';
import { getStudioStaff } from '@/lib/studio/staff-session';
import { canUseStudio } from '@/lib/studio/studio-roles';
import { studioSignOut } from './actions';
import styles from './studio.module.css';

export const metadata: Metadata = {
  title: { default: 'Studio', template: '%s · Studio' },
  robots: { index: false, follow: false },
};

// Per request, never cached (the staff cookie is read): next.config.ts and the edge say so too.
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const staff = await getStudioStaff();
  return (
    <div className={styles.studio}>
      {staff && canUseStudio(staff.member.roles) && (
        <StudioNav email={staff.member.email} roles={staff.member.roles} signOut={studioSignOut} />
      )}
      <div className={styles.content}>{children}</div>
    </div>
  );
}
