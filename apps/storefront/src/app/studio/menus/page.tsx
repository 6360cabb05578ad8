import type { Metadata } from 'next';
import { MenuEditor } from '@/components/studio/menu-editor';
import { StudioMenuDocument } from '@/lib/graphql/generated/graphql';
import { requirePageEditor } from '@/lib/studio/studio-guard';
import { studioRequest } from '@/lib/studio/studio-request';
import { saveMenu } from './actions';
import styles from './menus.module.css';
import { STUDIO_MENUS } from './studio-menus';

export const metadata: Metadata = { title: 'Menus' };

export default async function StudioMenusPage() {
  const staff = await requirePageEditor();
  const menus = await Promise.all(
    STUDIO_MENUS.map(async (menu) => ({
      ...menu,
      items: (await studioRequest(staff.token, StudioMenuDocument, { handle: menu.handle })).menu?.items ?? [],
    })),
  );
  return (
    <div className={styles.page}>
      <h1>Menus</h1>
      <p>
        Links in the shop&rsquo;s header and footer, each with one level of sub-items. Saved menus show within seconds.
      </p>
      {menus.map((menu) => (
        <MenuEditor
          key={menu.handle}
          handle={menu.handle}
          label={menu.label}
          initialItems={menu.items}
          save={saveMenu}
        />
      ))}
    </div>
  );
}
