import { cx } from './class-names';
import styles from './stock-note.module.css';

export interface StockNoteProps {
  /** "unavailable": stock could not be loaded, so the note says nothing rather than guess. */
  status: 'loading' | 'in-stock' | 'low-stock' | 'sold-out' | 'unavailable';
  quantity?: number | null;
}

/**
 * Stock for the selected variant. The line keeps its height while empty (loading), so the
 * page does not shift when the note is filled in, and it is a live region so the change is
 * announced.
 */
export function StockNote({ status, quantity }: StockNoteProps) {
  const text = stockText(status, quantity);
  return (
    <p role="status" aria-live="polite" className={cx(styles.note, styles[status])}>
      {text && (
        <>
          <span className={styles.dot} aria-hidden="true" />
          {text}
        </>
      )}
    </p>
  );
}

function stockText(status: StockNoteProps['status'], quantity?: number | null): string {
  switch (status) {
    case 'in-stock':
      return 'In stock';
    case 'low-stock':
      return quantity != null && quantity > 0 ? `Only ${quantity} left` : 'Only a few left';
    case 'sold-out':
      return 'Sold out';
    case 'loading':
    case 'unavailable':
      return '';
  }
}
