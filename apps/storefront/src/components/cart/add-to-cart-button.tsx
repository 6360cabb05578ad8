'use client';

import { Button } from '@commerce/ui';
import { useRef, useState } from 'react';
import { oneAtATime } from '@/lib/cart/one-at-a-time';
import { useCart } from './cart-provider';
import styles from './cart.module.css';

export interface AddToCartButtonProps {
  merchandiseId: string;
  title: string;
  variantTitle: string | null;
  href: string;
  unitPrice: { amount: string; currencyCode: string };
  soldOut: boolean;
}

/**
 * Adds one unit and opens the drawer at once with the line in it (optimistic); the server's
 * answer then replaces it, with the price it computed or the reason it refused. A click while
 * an add is on its way (a double click) only opens the drawer.
 */
export function AddToCartButton({ soldOut, ...line }: AddToCartButtonProps) {
  const { add, openDrawer } = useCart();
  const [adding, setAdding] = useState(false);
  // aria-disabled keeps the button focusable while adding, so clicks still arrive: ignore them.
  const busy = useRef(false);
  function addToCart() {
    openDrawer();
    return oneAtATime(busy, async () => {
      setAdding(true);
      try {
        await add({ ...line, quantity: 1 });
      } finally {
        setAdding(false);
      }
    });
  }
  return (
    <div className={styles.addToCart}>
      <Button type="button" onClick={addToCart} disabled={soldOut} aria-disabled={adding || undefined}>
        {soldOut ? 'Sold out' : adding ? 'Adding…' : 'Add to cart'}
      </Button>
    </div>
  );
}
