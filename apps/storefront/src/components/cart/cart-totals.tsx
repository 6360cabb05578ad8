'use client';

import { CartSummary } from '@commerce/ui';
import type { CartView } from '@/lib/cart/cart-view';
import styles from './cart.module.css';

/** The cart's totals; while a change is on its way they are marked busy (the server prices it). */
export function CartTotals({ cart }: { cart: CartView }) {
  return (
    <div aria-busy={cart.pending || undefined} className={cart.pending ? styles.updating : undefined}>
      <CartSummary
        subtotal={cart.subtotal}
        total={cart.total}
        note="Shipping and taxes for your address are calculated at checkout."
      />
    </div>
  );
}
