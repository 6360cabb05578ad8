import type { ReactNode } from 'react';
import styles from './page-heading.module.css';

export interface PageHeadingProps {
  title: string;
  /** A line under the title: a count ("24 products"), a description. */
  subtitle?: ReactNode;
}

export function PageHeading({ title, subtitle }: PageHeadingProps) {
  return (
    <div className={styles.heading}>
      <h1 className={styles.title}>{title}</h1>
      {subtitle != null && subtitle !== false && <div className={styles.subtitle}>{subtitle}</div>}
    </div>
  );
}
