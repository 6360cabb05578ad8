'use client';

import { FormMessage } from '@commerce/ui';
import { useEffect, useReducer, useRef, useState, useTransition } from 'react';
import { MenuEditorItem } from './menu-editor-item';
import {
  fromMenu,
  mapMenuUserErrors,
  menuReducer,
  toMenuInput,
  validateMenu,
  MENU_ITEMS_MAX,
  type ItemPath,
  type MenuAction,
  type MenuErrors,
  type MenuItemDraft,
  type MenuItemValue,
  type MenuUserError,
} from './menu-editor-state';
import styles from './menu-editor.module.css';

export interface MenuSaveResult {
  userErrors: MenuUserError[];
  /** The request failed as a whole (signed out, forbidden, unreachable), in words. */
  failure: string | null;
}

export interface MenuEditorProps {
  handle: string;
  label: string;
  initialItems: readonly MenuItemValue[];
  save: (handle: string, items: MenuItemValue[]) => Promise<MenuSaveResult>;
}

type Status = { tone: 'error' | 'success'; text: string } | null;

/** A menu's items: edit, add, remove, reorder with the move buttons or by dragging, then save. */
export function MenuEditor({ handle, label, initialItems, save }: MenuEditorProps) {
  const [items, dispatchItems] = useReducer(menuReducer, initialItems, (items) => fromMenu(items, `menu-${handle}`));
  const [errors, setErrors] = useState<MenuErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pending, startTransition] = useTransition();
  const dragging = useRef<ItemPath | null>(null);
  // Element ids to focus after the next change, first one that exists and is enabled: a moved
  // item keeps focus on its move button (or the other one at an end), a new item in its title.
  const refocus = useRef<string[] | { added: number | 'top' } | null>(null);

  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    let ids = wanted as string[];
    if ('added' in wanted) {
      const list = wanted.added === 'top' ? items : (items[wanted.added]?.items ?? []);
      ids = list.length ? [`${list[list.length - 1]!.key}-title`] : [];
    }
    ids
      .map((id) => document.getElementById(id) as HTMLButtonElement | HTMLInputElement | null)
      .find((element) => element && !element.disabled)
      ?.focus();
  }, [items]);

  const dispatch = (action: MenuAction) => {
    if (action.type === 'move' || action.type === 'indent' || action.type === 'outdent') {
      const list = action.path.length === 1 ? items : (items[action.path[0]]?.items ?? []);
      const item = list[action.path[action.path.length - 1]!];
      const name = item?.title.trim() || 'Item';
      if (item && action.type === 'move') {
        const to = action.path[action.path.length - 1]! + action.by;
        if (to >= 0 && to < list.length) {
          const [first, second] = action.by < 0 ? ['up', 'down'] : ['down', 'up'];
          refocus.current = [`${item.key}-${first}`, `${item.key}-${second}`];
          setAnnouncement(`${name} moved to position ${to + 1} of ${list.length}.`);
        }
      } else if (item) {
        refocus.current = [`${item.key}-${action.type === 'indent' ? 'outdent' : 'indent'}`, `${item.key}-title`];
        setAnnouncement(action.type === 'indent' ? `${name} is now a sub-item.` : `${name} is now a top-level item.`);
      }
    }
    if (action.type === 'drop') setAnnouncement('Item moved.');
    if (action.type === 'add') refocus.current = { added: action.parent ?? 'top' };
    setStatus(null);
    dispatchItems(action);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateMenu(items);
    setErrors(found);
    if (Object.keys(found).length) {
      setStatus({ tone: 'error', text: 'Please correct the fields marked below.' });
      return;
    }
    const sent = items;
    startTransition(async () => {
      const result = await save(handle, toMenuInput(sent));
      if (result.failure) return setStatus({ tone: 'error', text: result.failure });
      const mapped = mapMenuUserErrors(result.userErrors, sent);
      setErrors(mapped.fieldErrors);
      setStatus(mapped.message ? { tone: 'error', text: mapped.message } : { tone: 'success', text: 'Menu saved.' });
    });
  };

  const rows = (list: MenuItemDraft[], parent?: number) =>
    list.map((item, index) => {
      const path: ItemPath = parent === undefined ? [index] : [parent, index];
      return (
        <MenuEditorItem
          key={item.key}
          item={item}
          path={path}
          count={list.length}
          above={parent === undefined && index > 0 && !item.items.length ? list[index - 1]!.title : undefined}
          errors={errors[item.key]}
          dispatch={dispatch}
          onDragStart={(from) => (dragging.current = from)}
          onDrop={(to) => {
            if (dragging.current) dispatch({ type: 'drop', from: dragging.current, to });
            dragging.current = null;
          }}
        >
          {parent === undefined && (
            <>
              {item.items.length > 0 && (
                <ol className={styles.subList} aria-label={`Sub-items of ${item.title || 'this item'}`}>
                  {rows(item.items, index)}
                </ol>
              )}
              <button
                type="button"
                className={styles.addSub}
                disabled={item.items.length >= MENU_ITEMS_MAX}
                onClick={() => dispatch({ type: 'add', parent: index })}
              >
                Add a sub-item to {item.title || 'this item'}
              </button>
            </>
          )}
        </MenuEditorItem>
      );
    });

  return (
    <form onSubmit={submit} className={styles.editor} aria-labelledby={`menu-${handle}-heading`} noValidate>
      <h2 id={`menu-${handle}-heading`}>{label}</h2>
      {status && <FormMessage tone={status.tone}>{status.text}</FormMessage>}
      <p className={styles.srOnly} aria-live="polite">
        {announcement}
      </p>
      {items.length ? <ol className={styles.list}>{rows(items)}</ol> : <p>This menu has no items yet.</p>}
      <div className={styles.actions}>
        <button type="button" disabled={items.length >= MENU_ITEMS_MAX} onClick={() => dispatch({ type: 'add' })}>
          Add an item
        </button>
        <button type="submit" className={styles.primary} disabled={pending}>
          {pending ? 'Saving…' : `Save ${label.toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
