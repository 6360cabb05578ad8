'use client';

import { Button } from '@commerce/ui';
import { useState } from 'react';
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
 * answer then replaces it, with the price it computed or the reason it refused.
 */
export function AddToCartButton({ soldOut, ...line }: AddToCartButtonProps) {
  const { add, openDrawer } = useCart();
  const [adding, setAdding] = useState(false);
  async function addToCart() {
    setAdding(true);
    openDrawer();
    await add({ ...line, quantity: 1 });
    setAdding(false);
  }
  return (
    <div className={styles.addToCart}>
      <Button type="button" onClick={addToCart} disabled={soldOut} aria-disabled={adding || undefined}>
        {soldOut ? 'Sold out' : adding ? 'Adding…' : 'Add to cart'}
      </Button>
    </div>
  );
}
