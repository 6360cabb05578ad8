import { formatMoney, type MoneyValue } from './format-money';
import styles from './cart-summary.module.css';

export interface CartSummaryProps {
  subtotal: MoneyValue;
  /** What discount codes take off; hidden when null or zero. */
  discount?: MoneyValue | null;
  /** null: not chosen yet ("Calculated at checkout"). */
  shipping?: MoneyValue | null;
  /** null: depends on the address ("Calculated at checkout"). */
  tax?: MoneyValue | null;
  total: MoneyValue;
  /** Says what the total still leaves out, e.g. "Shipping and taxes are calculated at checkout." */
  note?: string;
}

const LATER = 'Calculated at checkout';

/** The totals of a cart, checkout or order as a description list, total last and strongest. */
export function CartSummary({ subtotal, discount, shipping, tax, total, note }: CartSummaryProps) {
  const showDiscount = discount != null && !/^0+(\.0+)?$/.test(discount.amount);
  return (
    <div className={styles.summary}>
      <dl className={styles.rows}>
        <div className={styles.row}>
          <dt>Subtotal</dt>
          <dd>{formatMoney(subtotal)}</dd>
        </div>
        {showDiscount && (
          <div className={styles.row}>
            <dt>Discount</dt>
            <dd className={styles.discount}>−{formatMoney(discount)}</dd>
          </div>
        )}
        {shipping !== undefined && (
          <div className={styles.row}>
            <dt>Shipping</dt>
            <dd>{shipping ? formatMoney(shipping) : LATER}</dd>
          </div>
        )}
        {tax !== undefined && (
          <div className={styles.row}>
            <dt>Tax</dt>
            <dd>{tax ? formatMoney(tax) : LATER}</dd>
          </div>
        )}
        <div className={`${styles.row} ${styles.total}`}>
          <dt>Total</dt>
          <dd>
            {formatMoney(total)} <span className={styles.currency}>{total.currencyCode}</span>
          </dd>
        </div>
      </dl>
      {note && <p className={styles.note}>{note}</p>}
    </div>
  );
}
