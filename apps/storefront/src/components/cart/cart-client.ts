import type { CartRequest } from '@/lib/cart/cart-request';
import type { CartErrorView, CartView } from '@/lib/cart/cart-view';

// The browser's side of `/api/cart`: every failure becomes data, so the UI always has words.

export interface CartResponse {
  cart: CartView | null;
  errors: CartErrorView[];
  /** False when the request itself failed (offline, 5xx): the cart shown so far stays. */
  ok: boolean;
}

const FAILED: CartErrorView = { target: 'form', message: 'We could not reach the shop, try again.', code: null };

export async function fetchCart(signal?: AbortSignal): Promise<CartResponse> {
  try {
    const response = await fetch('/api/cart', { cache: 'no-store', signal });
    if (!response.ok) return { cart: null, errors: [FAILED], ok: false };
    const body = (await response.json()) as { cart: CartView | null };
    return { cart: body.cart, errors: [], ok: true };
  } catch {
    return { cart: null, errors: [FAILED], ok: false };
  }
}

export async function postCart(request: CartRequest): Promise<CartResponse> {
  try {
    const response = await fetch('/api/cart', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (!response.ok) return { cart: null, errors: [FAILED], ok: false };
    const body = (await response.json()) as { cart: CartView | null; errors: CartErrorView[] };
    // A refused change with no cart in the answer (the request failed as a whole) keeps the cart shown.
    const failedWhole = body.cart == null && body.errors.length > 0;
    return { cart: body.cart, errors: body.errors, ok: !failedWhole };
  } catch {
    return { cart: null, errors: [FAILED], ok: false };
  }
}
