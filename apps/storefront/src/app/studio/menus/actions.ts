'use server';

import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { MenuSaveResult } from '@/components/studio/menu-editor';
import type { MenuItemValue } from '@/components/studio/menu-editor-state';
import { requestFailureMessage } from '@/lib/customers/user-errors';
import { MenuUpdateDocument } from '@/lib/graphql/generated/graphql';
import { requirePageEditor } from '@/lib/studio/studio-guard';
import { studioRequest } from '@/lib/studio/studio-request';
import { STUDIO_MENUS } from './studio-menus';

// A server action is a public endpoint: its arguments are read as untrusted (shape and size), and
// the content API checks titles, links and roles again.
const item = z.object({ title: z.string().max(200), url: z.string().max(2_100) });
const itemsSchema = z.array(item.extend({ items: z.array(item).max(50) })).max(50);

export async function saveMenu(handle: string, items: MenuItemValue[]): Promise<MenuSaveResult> {
  const staff = await requirePageEditor();
  const parsed = itemsSchema.safeParse(items);
  if (!STUDIO_MENUS.some((menu) => menu.handle === handle) || !parsed.success) {
    return { userErrors: [], failure: 'The menu could not be read. Reload the page and try again.' };
  }
  try {
    const { menuUpdate } = await studioRequest(staff.token, MenuUpdateDocument, { handle, items: parsed.data });
    return { userErrors: menuUpdate.userErrors, failure: null };
  } catch (error) {
    unstable_rethrow(error);
    console.error('menuUpdate failed:', error instanceof Error ? error.message : error);
    return { userErrors: [], failure: requestFailureMessage(error) };
  }
}
