import { CartSummary, OrderLineList } from '@commerce/ui';
import type { CheckoutView } from '@/lib/checkout/checkout-view';
import styles from './checkout.module.css';

/** The lines held for this checkout and its totals, as the server priced them. */
export function CheckoutSummary({ checkout }: { checkout: CheckoutView }) {
  return (
    <aside className={styles.summary} aria-labelledby="checkout-summary">
      <h2 id="checkout-summary" className={styles.stepTitle}>
        Order summary
      </h2>
      <OrderLineList lines={checkout.lines} />
      <CartSummary
        subtotal={checkout.subtotal}
        shipping={checkout.shipping}
        tax={checkout.hasAddress ? checkout.tax : null}
        total={checkout.total}
      />
    </aside>
  );
}
