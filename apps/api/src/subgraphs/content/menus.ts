import type { Db } from '../../platform/db/client.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import { isValidMenuHandle, validateMenuItems } from './menu-items.js';
import * as repository from './repository.js';
import { menuTags } from './rules.js';
import type { MenuRow } from './tables.js';
import { userError, type ContentUserError } from './user-errors.js';

export interface MenuPayload {
  menu: MenuRow | null;
  userErrors: ContentUserError[];
}

/** Replaces a menu's items (creating the menu) and invalidates the pages that show it. */
export async function updateMenu(db: Db, staffId: number, handle: string, items: unknown): Promise<MenuPayload> {
  if (!isValidMenuHandle(handle)) {
    return { menu: null, userErrors: [userError('INVALID', 'Use lowercase letters, digits and dashes.', ['handle'])] };
  }
  const checked = validateMenuItems(items);
  if (checked.errors.length > 0) return { menu: null, userErrors: checked.errors };
  const menu = await db.transaction(async (tx) => {
    const row = await repository.upsertMenu(tx, handle, checked.items, staffId);
    await recordInvalidation(tx, menuTags(handle), `menu ${handle} updated`);
    return row;
  });
  return { menu, userErrors: [] };
}
