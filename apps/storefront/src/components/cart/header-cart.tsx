'use client';

import { CartBadge } from '@commerce/ui';
import { useCart } from './cart-provider';

/** The header's cart link with the count the browser fetched (the bubble's space is reserved). */
export function HeaderCart() {
  const { cart, status } = useCart();
  return <CartBadge href="/cart" count={status === 'loading' ? null : (cart?.totalQuantity ?? 0)} />;
}
