import { cx } from './class-names';
import { compareAmounts, isOnSale } from './compare-amounts';
import { formatMoney, type MoneyValue } from './format-money';
import styles from './price.module.css';

export interface PriceProps {
  price: MoneyValue;
  compareAtPrice?: MoneyValue | null;
  /** Highest price across variants; when it differs from `price` the price reads "From …". */
  maxPrice?: MoneyValue | null;
  size?: 'sm' | 'lg';
}

/**
 * A price with its sale state spelled out for screen readers ("Sale price", "Regular price"),
 * since the strike-through alone means nothing when it is not seen.
 */
export function Price({ price, compareAtPrice, maxPrice, size = 'sm' }: PriceProps) {
  const isRange = maxPrice != null && compareAmounts(maxPrice.amount, price.amount) !== 0;
  const current = isRange ? `From ${formatMoney(price)}` : formatMoney(price);

  if (!isOnSale(price, compareAtPrice)) {
    return (
      <div className={cx(styles.price, styles[size])}>
        <span className={styles.current}>
          <span className="visually-hidden">Price </span>
          {current}
        </span>
      </div>
    );
  }

  return (
    <div className={cx(styles.price, styles[size])}>
      <span className={cx(styles.current, styles.sale)}>
        <span className="visually-hidden">Sale price </span>
        {current}
      </span>{' '}
      <s className={styles.regular}>
        <span className="visually-hidden">Regular price </span>
        {formatMoney(compareAtPrice)}
      </s>
    </div>
  );
}
