import type { ReactNode } from 'react';
import { ButtonLink } from './button';
import styles from './empty-state.module.css';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: { label: string; href: string } | null;
}

/** What to show instead of an empty list: what happened and where to go next. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className={styles.empty}>
      <h2 className={styles.title}>{title}</h2>
      {children != null && <div className={styles.body}>{children}</div>}
      {action && <ButtonLink href={action.href}>{action.label}</ButtonLink>}
    </div>
  );
}
