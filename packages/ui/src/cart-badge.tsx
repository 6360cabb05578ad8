import { cx } from './class-names';
import styles from './cart-badge.module.css';

export interface CartBadgeProps {
  href: string;
  /** Lines in the cart; null while unknown (the bubble's space stays reserved). */
  count: number | null;
}

/** The header's cart link. Its accessible name is "Cart" or "Cart, 3 items". */
export function CartBadge({ href, count }: CartBadgeProps) {
  const shown = count != null && count > 0;
  // aria-label rather than hidden text: browsers put a space before a positioned span ("Cart , 3").
  const name = count == null ? 'Cart' : `Cart, ${count === 1 ? '1 item' : `${count} items`}`;
  return (
    <a href={href} className={styles.cart} aria-label={name}>
      <span className={styles.iconBox}>
        <svg className={styles.icon} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path
            d="M3 4h2l2.2 10.2a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.1L20.5 8H6.2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <circle cx="9.5" cy="19.5" r="1.4" fill="currentColor" />
          <circle cx="17" cy="19.5" r="1.4" fill="currentColor" />
        </svg>
        <span className={cx(styles.count, !shown && styles.countHidden)} aria-hidden="true">
          {shown ? (count > 99 ? '99+' : count) : 0}
        </span>
      </span>
      <span className={styles.label}>Cart</span>
    </a>
  );
}
