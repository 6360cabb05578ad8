import { OrderStatusBadge, formatMoney } from '@commerce/ui';
import type { OrderListItem } from '@/lib/checkout/checkout-api';
import { orderPathSegment } from '@/lib/checkout/order-id';
import { formatOrderDate } from './order-detail';
import styles from './orders.module.css';

/** The account's order list, newest first, each linking to its detail. */
export function OrderHistory({ orders }: { orders: OrderListItem[] }) {
  return (
    <section aria-labelledby="account-orders" className={styles.history}>
      <h2 id="account-orders" className={styles.title}>
        Orders
      </h2>
      {orders.length === 0 ? (
        <p className={styles.muted}>You have not placed an order yet.</p>
      ) : (
        <ul className={styles.list}>
          {orders.map((order) => {
            const segment = orderPathSegment(order.id);
            return (
              <li key={order.id} className={styles.item}>
                <a href={segment ? `/account/orders/${segment}` : '/account'} className={styles.number}>
                  Order #{order.number}
                </a>
                <span className={styles.muted}>{formatOrderDate(order.createdAt)}</span>
                <span className={styles.badges}>
                  <OrderStatusBadge kind="financial" status={order.financialStatus} />
                  <OrderStatusBadge kind="fulfillment" status={order.fulfillmentStatus} />
                </span>
                <span className={styles.total}>{formatMoney(order.totalAmount)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
