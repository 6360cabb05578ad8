'use server';

import { redirect } from 'next/navigation';
import { readCartId, saveCheckoutId } from '@/lib/cart/cart-session';
import { startCheckout } from '@/lib/checkout/checkout-api';
import { checkoutMessage } from '@/lib/checkout/checkout-messages';
import type { StartState } from '@/lib/checkout/checkout-state';
import { requestFailureMessage } from '@/lib/customers/user-errors';

/**
 * "Check out": starts (or re-syncs) the cart's checkout, which holds its stock, keeps the
 * checkout id in its HttpOnly cookie and goes to /checkout. A POST, never a page render, so no
 * prefetch or crawler ever reserves stock.
 */
export async function beginCheckout(_previous: StartState, _formData: FormData): Promise<StartState> {
  const cartId = await readCartId();
  if (!cartId) return { message: checkoutMessage('CART_EMPTY', '') };
  let checkoutId: string | null;
  try {
    const result = await startCheckout(cartId);
    const [first] = result.errors;
    if (first) return { message: checkoutMessage(first.code, first.message) };
    checkoutId = result.checkoutId;
  } catch (error) {
    return { message: { text: requestFailureMessage(error), recovery: 'fix' } };
  }
  if (!checkoutId) return { message: checkoutMessage('CART_NOT_FOUND', '') };
  await saveCheckoutId(checkoutId);
  redirect('/checkout');
}
