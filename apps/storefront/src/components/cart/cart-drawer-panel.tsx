'use client';

import { ButtonLink, CartDrawer, FormMessage } from '@commerce/ui';
import { useCart } from './cart-provider';
import { CartLineList } from './cart-line-list';
import { CartTotals } from './cart-totals';
import styles from './cart.module.css';

/** The drawer that opens on "Add to cart": the lines, the totals and the ways on. */
export function CartDrawerPanel() {
  const { cart, errors, drawerOpen, closeDrawer } = useCart();
  const formErrors = errors.filter((error) => error.target === 'form');
  const empty = !cart || cart.lines.length === 0;
  return (
    <CartDrawer
      open={drawerOpen}
      onClose={closeDrawer}
      footer={
        empty ? undefined : (
          <>
            <CartTotals cart={cart} />
            <ButtonLink href="/cart">View cart and check out</ButtonLink>
          </>
        )
      }
    >
      {formErrors.map((error) => (
        <FormMessage key={error.message} tone="error">
          {error.message}
        </FormMessage>
      ))}
      {empty ? <p className={styles.empty}>Your cart is empty.</p> : <CartLineList imageSizes="96px" />}
    </CartDrawer>
  );
}
