import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/env';
import { CART_COOKIE, CHECKOUT_COOKIE, idCookieOptions, idFromCookie } from './cart-cookie';

// Reading these makes a route dynamic: only /api/cart, /cart, /checkout and their actions call them.

export async function readCartId(): Promise<string | null> {
  return idFromCookie('cart', (await cookies()).get(CART_COOKIE)?.value);
}

/** Route handlers and server actions only (a rendering page cannot set cookies). */
export async function saveCartId(id: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, id, idCookieOptions('cart', env.NODE_ENV));
}

export async function readCheckoutId(): Promise<string | null> {
  return idFromCookie('checkout', (await cookies()).get(CHECKOUT_COOKIE)?.value);
}

export async function saveCheckoutId(id: string): Promise<void> {
  (await cookies()).set(CHECKOUT_COOKIE, id, idCookieOptions('checkout', env.NODE_ENV));
}

/** After an order: the cart is completed, the next add to cart starts a new one. */
export async function clearCartAndCheckout(): Promise<void> {
  const jar = await cookies();
  for (const [name, kind] of [
    [CART_COOKIE, 'cart'],
    [CHECKOUT_COOKIE, 'checkout'],
  ] as const) {
    jar.set(name, '', { ...idCookieOptions(kind, env.NODE_ENV), maxAge: 0, expires: new Date(0) });
  }
}
