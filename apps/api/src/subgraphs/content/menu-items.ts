import { z } from 'zod';
import { LIMITS, isSafeUrl, isValidHandle } from './rules.js';
import type { StoredMenuItem } from './tables.js';
import { issuesToErrors } from './blocks.js';
import type { ContentUserError } from './user-errors.js';

const link = {
  title: z
    .string()
    .trim()
    .min(1, 'Must not be empty.')
    .max(LIMITS.menuTitle, `At most ${LIMITS.menuTitle} characters.`),
  url: z.string().trim().refine(isSafeUrl, 'Use a path on the shop (/…) or an https:// URL.'),
};
const leaf = z.strictObject({
  ...link,
  items: z.array(z.never()).max(0, 'Menus have one level of sub-items.').nullish(),
});
const item = z.strictObject({
  ...link,
  items: z.array(leaf).max(LIMITS.menuItems, `At most ${LIMITS.menuItems} sub-items.`).nullish(),
});
const itemsSchema = z.array(item).max(LIMITS.menuItems, `At most ${LIMITS.menuItems} items.`);

export const isValidMenuHandle = (handle: string) => isValidHandle(handle, LIMITS.menuHandle);

/** The items as stored, or userErrors under ["items", i, "url"] and so on. */
export function validateMenuItems(input: unknown): { items: StoredMenuItem[]; errors: ContentUserError[] } {
  const parsed = itemsSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { items: [], errors: issuesToErrors(parsed.error.issues, ['items']) };
  return {
    items: parsed.data.map((entry) => ({
      title: entry.title,
      url: entry.url,
      items: (entry.items ?? []).map((sub) => ({ title: sub.title, url: sub.url, items: [] })),
    })),
    errors: [],
  };
}
