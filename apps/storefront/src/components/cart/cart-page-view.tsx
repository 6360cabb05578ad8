'use client';

import { Button, DiscountCodeForm, EmptyState, FormMessage } from '@commerce/ui';
import { useActionState, useTransition } from 'react';
import type { StartState } from '@/lib/checkout/checkout-state';
import { useCart } from './cart-provider';
import { CartLineList } from './cart-line-list';
import { CartTotals } from './cart-totals';
import styles from './cart.module.css';

export interface CartPageViewProps {
  beginCheckout: (previous: StartState, formData: FormData) => Promise<StartState>;
}

/** /cart: lines with quantities, discount codes, totals and "Check out", each error in its place. */
export function CartPageView({ beginCheckout }: CartPageViewProps) {
  const { cart, status, errors, setDiscountCodes } = useCart();
  const [start, startAction, starting] = useActionState(beginCheckout, { message: null });
  const [codesPending, startCodes] = useTransition();

  if (status === 'loading') {
    return (
      <p role="status" className={styles.empty}>
        Loading your cart…
      </p>
    );
  }
  const formErrors = errors.filter((error) => error.target === 'form');
  if (!cart || cart.lines.length === 0) {
    return (
      <>
        {formErrors.map((error) => (
          <FormMessage key={error.message} tone="error">
            {error.message}
          </FormMessage>
        ))}
        <EmptyState title="Your cart is empty" action={{ label: 'Continue shopping', href: '/' }} />
      </>
    );
  }

  function changeCodes(formData: FormData) {
    const current = cart!.discountCodes.map((code) => code.code);
    const removed = formData.get('remove');
    const typed = String(formData.get('code') ?? '')
      .trim()
      .toUpperCase();
    const next =
      typeof removed === 'string'
        ? current.filter((code) => code !== removed)
        : typed && !current.includes(typed)
          ? [...current, typed]
          : current;
    startCodes(async () => {
      await setDiscountCodes(next);
    });
  }

  const discountError = errors
    .filter((error) => error.target === 'discount')
    .map((error) => error.message)
    .join(' ');
  return (
    <div className={styles.page}>
      <div>
        {formErrors.map((error) => (
          <FormMessage key={error.message} tone="error">
            {error.message}
          </FormMessage>
        ))}
        <CartLineList imageSizes="(min-width: 640px) 96px, 80px" />
      </div>
      <aside className={styles.aside} aria-label="Order summary">
        <DiscountCodeForm
          codes={cart.discountCodes}
          action={changeCodes}
          error={discountError || null}
          pending={codesPending}
        />
        <CartTotals cart={cart} />
        <form action={startAction}>
          {start.message && <FormMessage tone="error">{start.message.text}</FormMessage>}
          <Button type="submit" disabled={starting || cart.pending} className={styles.checkout}>
            {starting ? 'Starting checkout…' : 'Check out'}
          </Button>
        </form>
      </aside>
    </div>
  );
}
