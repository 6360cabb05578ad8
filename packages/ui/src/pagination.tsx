import { cx } from './class-names';
import styles from './pagination.module.css';

export interface PaginationProps {
  previousHref?: string | null;
  nextHref?: string | null;
  /** E.g. "Page 2 of 5" or "Showing 25–48 of 120". */
  summary?: string | null;
}

/** Previous/next paging (cursor based); a missing direction is shown as disabled text. */
export function Pagination({ previousHref, nextHref, summary }: PaginationProps) {
  if (!previousHref && !nextHref && !summary) return null;
  return (
    <nav aria-label="Pagination" className={styles.pagination}>
      {summary && <p className={styles.summary}>{summary}</p>}
      {previousHref ? (
        <a href={previousHref} rel="prev" className={cx(styles.step, styles.previous)}>
          <span aria-hidden="true">←</span> Previous page
        </a>
      ) : (
        <span aria-disabled="true" className={cx(styles.step, styles.previous, styles.disabled)}>
          <span aria-hidden="true">←</span> Previous page
        </span>
      )}
      {nextHref ? (
        <a href={nextHref} rel="next" className={cx(styles.step, styles.next)}>
          Next page <span aria-hidden="true">→</span>
        </a>
      ) : (
        <span aria-disabled="true" className={cx(styles.step, styles.next, styles.disabled)}>
          Next page <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
