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
  const refocus = useRef<{ key: string; by: -1 | 1 } | { added: number | 'top' } | null>(null);

  // A moved item keeps keyboard focus on its move button (or the other one at an end); a new
  // item takes focus in its title field.
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    if ('added' in wanted) {
      const list = wanted.added === 'top' ? items : (items[wanted.added]?.items ?? []);
      const added = list[list.length - 1];
      if (added) document.getElementById(`${added.key}-title`)?.focus();
      return;
    }
    const [first, second] = wanted.by < 0 ? ['up', 'down'] : ['down', 'up'];
    const button = [first, second]
      .map((side) => document.getElementById(`${wanted.key}-${side}`) as HTMLButtonElement | null)
      .find((candidate) => candidate && !candidate.disabled);
    button?.focus();
  }, [items]);

  const dispatch = (action: MenuAction) => {
    if (action.type === 'move') {
      const list = action.path.length === 1 ? items : (items[action.path[0]]?.items ?? []);
      const item = list[action.path[action.path.length - 1]!];
      const to = action.path[action.path.length - 1]! + action.by;
      if (item && to >= 0 && to < list.length) {
        refocus.current = { key: item.key, by: action.by };
        setAnnouncement(`${item.title || 'Item'} moved to position ${to + 1} of ${list.length}.`);
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
