import { Children, isValidElement, type ReactNode } from 'react';
import styles from './product-grid.module.css';

export interface ProductGridProps {
  /** Cards (or tiles); each becomes one list item. */
  children: ReactNode;
  /** Names the list for screen readers, e.g. "Products". */
  label: string;
}

/** A responsive list of cards: 2 columns on phones, 3 on tablets, 4 from 1024px. */
export function ProductGrid({ children, label }: ProductGridProps) {
  return (
    // role="list" because Safari drops list semantics from lists without bullets.
    <ul className={styles.grid} aria-label={label} role="list">
      {Children.toArray(children).map((child, index) => (
        <li key={isValidElement(child) && child.key != null ? child.key : index} className={styles.item}>
          {child}
        </li>
      ))}
    </ul>
  );
}
