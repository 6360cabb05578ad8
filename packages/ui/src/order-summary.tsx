import { CartSummary } from './cart-summary';
import type { MoneyValue } from './format-money';
import { OrderLineList, type OrderLineView } from './order-line-list';
import { OrderStatusBadge } from './order-status-badge';
import styles from './order-summary.module.css';

export interface OrderSummaryProps {
  number: number;
  /** Already formatted for the shopper ("3 December 2026"). */
  placedOn: string;
  email: string;
  financialStatus: string;
  fulfillmentStatus: string;
  lines: OrderLineView[];
  subtotal: MoneyValue;
  shipping: MoneyValue;
  tax: MoneyValue;
  total: MoneyValue;
  /** The address as lines of text, already formatted. */
  shippingAddress?: string[] | null;
  /** The level of the "Order #1001" heading, so it fits under the page's own heading. */
  headingLevel?: 2 | 3;
}

/** One order in full: number, date, states, lines, totals and where it goes. */
export function OrderSummary(props: OrderSummaryProps) {
  const Heading = `h${props.headingLevel ?? 2}` as const;
  return (
    <article className={styles.order} aria-labelledby={`order-${props.number}`}>
      <header className={styles.header}>
        <Heading id={`order-${props.number}`} className={styles.heading}>
          Order #{props.number}
        </Heading>
        <p className={styles.meta}>
          Placed on {props.placedOn} · confirmation sent to {props.email}
        </p>
        <p className={styles.badges}>
          <OrderStatusBadge kind="financial" status={props.financialStatus} />
          <OrderStatusBadge kind="fulfillment" status={props.fulfillmentStatus} />
        </p>
      </header>
      <OrderLineList lines={props.lines} />
      <CartSummary subtotal={props.subtotal} shipping={props.shipping} tax={props.tax} total={props.total} />
      {props.shippingAddress && props.shippingAddress.length > 0 && (
        <section className={styles.address} aria-label="Shipping address">
          <p className={styles.addressTitle}>Ships to</p>
          <address>
            {props.shippingAddress.map((line, index) => (
              <span key={index} className={styles.addressLine}>
                {line}
              </span>
            ))}
          </address>
        </section>
      )}
    </article>
  );
}
