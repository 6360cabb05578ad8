import { formatMoney, type MoneyValue } from './format-money';
import styles from './order-line-list.module.css';

export interface OrderLineView {
  title: string;
  variantTitle?: string | null;
  sku?: string | null;
  quantity: number;
  unitPrice: MoneyValue;
  total: MoneyValue;
}

export interface OrderLineListProps {
  lines: OrderLineView[];
}

/** What an order (or a checkout) holds, as the shopper bought it: names and prices from its snapshot. */
export function OrderLineList({ lines }: OrderLineListProps) {
  return (
    <ul className={styles.list}>
      {lines.map((line, index) => (
        <li key={`${line.sku ?? line.title}-${index}`} className={styles.line}>
          <div className={styles.names}>
            <span className={styles.title}>{line.title}</span>
            {line.variantTitle && <span className={styles.meta}>{line.variantTitle}</span>}
            {line.sku && <span className={styles.meta}>SKU {line.sku}</span>}
          </div>
          <span className={styles.quantity}>
            {line.quantity} × {formatMoney(line.unitPrice)}
          </span>
          <span className={styles.total}>
            <span className="visually-hidden">Line total </span>
            {formatMoney(line.total)}
          </span>
        </li>
      ))}
    </ul>
  );
}
