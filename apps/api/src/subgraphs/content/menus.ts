import type { Db } from '../../platform/db/client.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import { validateMenuItems } from './menu-items.js';
import { checkHandle } from './page-input.js';
import * as repository from './repository.js';
import { LIMITS, menuTags } from './rules.js';
import type { MenuRow } from './tables.js';
import type { ContentUserError } from './user-errors.js';

export interface MenuPayload {
  menu: MenuRow | null;
  userErrors: ContentUserError[];
}

/** Replaces a menu's items (creating the menu) and invalidates the pages that show it. */
export async function updateMenu(db: Db, staffId: number, handle: string, items: unknown): Promise<MenuPayload> {
  const handleError = checkHandle(handle, ['handle'], LIMITS.menuHandle);
  if (handleError) return { menu: null, userErrors: [handleError] };
  const checked = validateMenuItems(items);
  if (checked.errors.length > 0) return { menu: null, userErrors: checked.errors };
  const menu = await db.transaction(async (tx) => {
    const row = await repository.upsertMenu(tx, handle, checked.items, staffId);
    await recordInvalidation(tx, menuTags(handle), `menu ${handle} updated`);
    return row;
  });
  return { menu, userErrors: [] };
}
