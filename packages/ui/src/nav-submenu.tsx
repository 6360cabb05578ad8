'use client';

import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import styles from './nav-submenu.module.css';

export interface NavSubmenuProps {
  label: string;
  href: string;
  items: { label: string; href: string }[];
}

/**
 * A main-navigation item with one level of sub-links: the item stays a link, and a disclosure
 * button beside it shows or hides the sub-links (not a menu widget: Tab moves through them like
 * any links). Escape closes it and puts focus back on the button; so does focus leaving it.
 */
export function NavSubmenu({ label, href, items }: NavSubmenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className={styles.item} onKeyDown={onKeyDown} onBlur={onBlur}>
      <a href={href} className={styles.link}>
        {label}
      </a>
      <button
        ref={button}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`${label}: more`}
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
      <ul id={listId} className={styles.list} role="list" hidden={!open}>
        {items.map((item, index) => (
          <li key={`${index}:${item.href}`}>
            <a href={item.href} className={styles.subLink}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
