'use client';

import type { DragEvent, ReactNode } from 'react';
import {
  MENU_TITLE_MAX,
  MENU_URL_MAX,
  type ItemPath,
  type MenuAction,
  type MenuItemDraft,
  type MenuItemErrors,
} from './menu-editor-state';
import styles from './menu-editor.module.css';

export interface MenuEditorItemProps {
  item: MenuItemDraft;
  path: ItemPath;
  /** How many siblings it has, for the move buttons and the position in words. */
  count: number;
  /** Title of the item above, when this one may become its sub-item (a top-level leaf, not the first). */
  above?: string;
  errors: MenuItemErrors | undefined;
  dispatch: (action: MenuAction) => void;
  /** Drag and drop: the item being dragged is kept by the editor. */
  onDragStart: (path: ItemPath) => void;
  onDrop: (to: ItemPath) => void;
  children?: ReactNode;
}

/** One menu item: title and link fields, move up/down, remove, and (top level) add a sub-item. */
export function MenuEditorItem({
  item,
  path,
  count,
  above,
  errors,
  dispatch,
  onDragStart,
  onDrop,
  children,
}: MenuEditorItemProps) {
  // Keys are unique on the page (each editor prefixes its own), so ids built from them are too.
  const id = item.key;
  const index = path[path.length - 1]!;
  const name = item.title.trim() || `item ${index + 1}`;
  const field = (kind: 'title' | 'url', label: string) => {
    const error = errors?.[kind];
    return (
      <div className={styles.field}>
        <label htmlFor={`${id}-${kind}`}>{label}</label>
        <input
          id={`${id}-${kind}`}
          value={item[kind]}
          maxLength={kind === 'title' ? MENU_TITLE_MAX : MENU_URL_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${kind}-error` : undefined}
          onChange={(event) => dispatch({ type: 'edit', path, field: kind, value: event.target.value })}
        />
        {error && (
          <p id={`${id}-${kind}-error`} className={styles.error}>
            {error}
          </p>
        )}
      </div>
    );
  };
  const dropHere = (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    event.stopPropagation();
    // The lower half of a row drops after it, the upper half before it.
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    const at = index + (after ? 1 : 0);
    onDrop(path.length === 1 ? [at] : [path[0], at]);
  };

  return (
    <li
      className={styles.item}
      data-key={item.key}
      onDragOver={(event) => event.preventDefault()}
      onDrop={dropHere}
      aria-label={`${name}, ${index + 1} of ${count}`}
    >
      <div className={styles.row}>
        <span
          className={styles.handle}
          draggable
          aria-hidden="true"
          title="Drag to reorder"
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', item.key);
            onDragStart(path);
          }}
        >
          ⠿
        </span>
        {field('title', 'Title')}
        {field('url', 'Link')}
        <div className={styles.controls}>
          <button
            type="button"
            id={`${item.key}-up`}
            disabled={index === 0}
            onClick={() => dispatch({ type: 'move', path, by: -1 })}
            aria-label={`Move ${name} up`}
          >
            ↑
          </button>
          <button
            type="button"
            id={`${item.key}-down`}
            disabled={index === count - 1}
            onClick={() => dispatch({ type: 'move', path, by: 1 })}
            aria-label={`Move ${name} down`}
          >
            ↓
          </button>
          {above !== undefined && (
            <button
              type="button"
              id={`${item.key}-indent`}
              onClick={() => dispatch({ type: 'indent', path })}
              aria-label={`Make ${name} a sub-item of ${above.trim() || 'the item above'}`}
            >
              →
            </button>
          )}
          {path.length === 2 && (
            <button
              type="button"
              id={`${item.key}-outdent`}
              onClick={() => dispatch({ type: 'outdent', path })}
              aria-label={`Move ${name} to the top level`}
            >
              ←
            </button>
          )}
          <button type="button" onClick={() => dispatch({ type: 'remove', path })} aria-label={`Remove ${name}`}>
            Remove
          </button>
        </div>
      </div>
      {errors?.items && <p className={styles.error}>{errors.items}</p>}
      {children}
    </li>
  );
}
