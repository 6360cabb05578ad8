import { safeContentUrl } from '@/lib/content/content-url';

// The menu editor's state: items with client-side keys (for React and for errors), the edits the
// editor makes (add, remove, move by button, drop by drag, type), the same checks the content API
// makes, and the API's userErrors put back under the item and field they name.

export const MENU_TITLE_MAX = 60;
export const MENU_ITEMS_MAX = 20;
export const MENU_URL_MAX = 2000;

export interface MenuItemDraft {
  key: string;
  title: string;
  url: string;
  items: MenuItemDraft[];
}

/** A top-level item `[i]` or a sub-item `[i, j]`. */
export type ItemPath = readonly [number] | readonly [number, number];

export type MenuAction =
  | { type: 'add'; parent?: number }
  | { type: 'remove'; path: ItemPath }
  | { type: 'move'; path: ItemPath; by: -1 | 1 }
  /** Drag and drop: `from` goes where `to` is now (before it), or at the end past the list. */
  | { type: 'drop'; from: ItemPath; to: ItemPath }
  /** Keyboard's way across levels: under the item above (last of its sub-items), or out after the parent. */
  | { type: 'indent'; path: ItemPath }
  | { type: 'outdent'; path: ItemPath }
  | { type: 'edit'; path: ItemPath; field: 'title' | 'url'; value: string }
  | { type: 'reset'; items: MenuItemDraft[] };

export interface MenuItemValue {
  title: string;
  url: string;
  items?: readonly MenuItemValue[] | null;
}

export type MenuItemErrors = Partial<Record<'title' | 'url' | 'items', string>>;
/** Errors by item key. */
export type MenuErrors = Record<string, MenuItemErrors>;

// Loaded items get keys from their place (the same on the server and in the browser, so the ids
// built from them hydrate); items added later count up in the browser.
let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

/** Editor items from a saved menu; `prefix` keeps keys (and ids) apart between two editors. */
export function fromMenu(items: readonly MenuItemValue[], prefix = 'item'): MenuItemDraft[] {
  return items.map((item, index) => {
    const key = `${prefix}-${index}`;
    return { key, title: item.title, url: item.url, items: fromMenu(item.items ?? [], key) };
  });
}

function emptyItem(): MenuItemDraft {
  return { key: newKey(), title: '', url: '', items: [] };
}

/** The list holding the item at `path` and the item's index in it. */
function listOf(items: MenuItemDraft[], path: ItemPath): { list: MenuItemDraft[]; index: number } | null {
  if (path.length === 1) return { list: items, index: path[0] };
  const parent = items[path[0]];
  return parent ? { list: parent.items, index: path[1] } : null;
}

/** Copies the top list and, for a sub-item path, the parent's list, so edits never mutate state. */
function cloneFor(items: readonly MenuItemDraft[], ...paths: ItemPath[]): MenuItemDraft[] {
  const copy = [...items];
  for (const path of paths) {
    const parent = path.length === 2 ? copy[path[0]] : undefined;
    if (parent) copy[path[0]] = { ...parent, items: [...parent.items] };
  }
  return copy;
}

function itemAt(items: readonly MenuItemDraft[], path: ItemPath): MenuItemDraft | undefined {
  const top = items[path[0]];
  return path.length === 1 ? top : top?.items[path[1]];
}

function drop(items: MenuItemDraft[], from: ItemPath, to: ItemPath): MenuItemDraft[] {
  const moving = itemAt(items, from);
  // One level of sub-items: an item that has sub-items stays at the top.
  if (!moving || (to.length === 2 && moving.items.length > 0)) return items;
  if (to.length === 2 && !items[to[0]]) return items;
  if (from.length === to.length && from.every((part, i) => part === to[i])) return items;
  const next = cloneFor(items, from, to);
  const source = listOf(next, from);
  if (!source) return items;
  source.list.splice(source.index, 1);
  // Removing a top-level item before the target shifts the target one place up.
  let target: ItemPath = to;
  if (from.length === 1 && from[0] < to[0]) target = to.length === 1 ? [to[0] - 1] : [to[0] - 1, to[1]];
  else if (from.length === 2 && to.length === 2 && from[0] === to[0] && from[1] < to[1]) target = [to[0], to[1] - 1];
  const destination = listOf(next, target);
  if (!destination) return items;
  destination.list.splice(Math.min(destination.index, destination.list.length), 0, moving);
  return next;
}

export function menuReducer(items: MenuItemDraft[], action: MenuAction): MenuItemDraft[] {
  switch (action.type) {
    case 'reset':
      return action.items;
    case 'add': {
      if (action.parent === undefined) return [...items, emptyItem()];
      const parent = items[action.parent];
      if (!parent) return items;
      const next = [...items];
      next[action.parent] = { ...parent, items: [...parent.items, emptyItem()] };
      return next;
    }
    case 'remove': {
      if (!itemAt(items, action.path)) return items;
      const next = cloneFor(items, action.path);
      const place = listOf(next, action.path)!;
      place.list.splice(place.index, 1);
      return next;
    }
    case 'move': {
      const place = listOf(items, action.path);
      const to = (place?.index ?? -1) + action.by;
      if (!place || !place.list[place.index] || to < 0 || to >= place.list.length) return items;
      const next = cloneFor(items, action.path);
      const list = listOf(next, action.path)!.list;
      [list[place.index], list[to]] = [list[to]!, list[place.index]!];
      return next;
    }
    case 'drop':
      return drop(items, action.from, action.to);
    case 'indent': {
      const above = action.path.length === 1 ? items[action.path[0] - 1] : undefined;
      return above ? drop(items, action.path, [action.path[0] - 1, above.items.length]) : items;
    }
    case 'outdent':
      return action.path.length === 2 ? drop(items, action.path, [action.path[0] + 1]) : items;
    case 'edit': {
      const item = itemAt(items, action.path);
      if (!item) return items;
      const next = cloneFor(items, action.path);
      const place = listOf(next, action.path)!;
      place.list[place.index] = { ...item, [action.field]: action.value };
      return next;
    }
  }
}

/** A path on the shop (`/…`, never `//host`) or an https URL: what the content API accepts. */
export function isSafeLink(value: string): boolean {
  return value.length <= MENU_URL_MAX && safeContentUrl(value) !== null;
}

function itemErrors(item: MenuItemDraft): MenuItemErrors {
  const errors: MenuItemErrors = {};
  const title = item.title.trim();
  if (!title) errors.title = 'Enter a title.';
  else if (title.length > MENU_TITLE_MAX) errors.title = `At most ${MENU_TITLE_MAX} characters.`;
  if (!isSafeLink(item.url.trim())) errors.url = 'Use a path on the shop (/…) or an https:// URL.';
  if (item.items.length > MENU_ITEMS_MAX) errors.items = `At most ${MENU_ITEMS_MAX} sub-items.`;
  return errors;
}

/** The errors the content API would answer, by item key; empty when the menu can be saved. */
export function validateMenu(items: readonly MenuItemDraft[]): MenuErrors {
  const errors: MenuErrors = {};
  for (const item of [...items, ...items.flatMap((top) => top.items)]) {
    const found = itemErrors(item);
    if (Object.keys(found).length) errors[item.key] = found;
  }
  return errors;
}

export function toMenuInput(items: readonly MenuItemDraft[]): Required<MenuItemValue>[] {
  return items.map((item) => ({ title: item.title.trim(), url: item.url.trim(), items: toMenuInput(item.items) }));
}

export interface MenuUserError {
  field: readonly string[] | null;
  message: string;
  code: string | null;
}

const FIX_FIELDS_MESSAGE = 'Please correct the fields marked below.';

/**
 * Sorts `menuUpdate` userErrors (`["items", "0", "items", "1", "url"]`) under the item and field
 * they name; the rest (a whole list too long, no field, an item that is gone) become the message.
 */
export function mapMenuUserErrors(
  userErrors: readonly MenuUserError[],
  items: readonly MenuItemDraft[],
): { fieldErrors: MenuErrors; message: string | null } {
  const fieldErrors: MenuErrors = {};
  const messages: string[] = [];
  for (const error of userErrors) {
    const target = errorTarget(error.field ?? [], items);
    if (target) {
      const existing = fieldErrors[target.key] ?? {};
      existing[target.field] = existing[target.field] ? `${existing[target.field]} ${error.message}` : error.message;
      fieldErrors[target.key] = existing;
    } else if (!messages.includes(error.message)) messages.push(error.message);
  }
  const message = messages.join(' ') || (Object.keys(fieldErrors).length ? FIX_FIELDS_MESSAGE : null);
  return { fieldErrors, message };
}

function errorTarget(
  field: readonly string[],
  items: readonly MenuItemDraft[],
): { key: string; field: keyof MenuItemErrors } | null {
  if (field[0] !== 'items') return null;
  const top = items[Number(field[1])];
  if (!top || field.length < 3) return null;
  if (field[2] === 'items' && field.length >= 4) {
    const sub = top.items[Number(field[3])];
    const name = field[4];
    return sub && (name === 'title' || name === 'url') ? { key: sub.key, field: name } : null;
  }
  const name = field[2];
  return name === 'title' || name === 'url' || name === 'items' ? { key: top.key, field: name } : null;
}
