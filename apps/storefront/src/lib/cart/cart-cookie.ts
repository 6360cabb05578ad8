import { randomPartOf } from '../opaque-id';

/**
 * The cookies that hold the shopper's cart and checkout ids. Both ids are bearer capabilities
 * for a guest (docs/checkout.md), so page scripts never see them: HttpOnly, set and read only by
 * the storefront server (`/api/cart`, the cart and checkout actions), never in cached HTML.
 */
export const CART_COOKIE = 'shop_cart';
export const CHECKOUT_COOKIE = 'shop_checkout';

/** A cart lives 30 days after its last change, as carts do in most shops. */
const CART_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A checkout is worth keeping for a day; its reservation ends long before. */
const CHECKOUT_MAX_AGE_SECONDS = 24 * 60 * 60;

export interface IdCookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
}

/** HttpOnly, SameSite=Lax, Secure everywhere but `next dev` on plain http (as the session cookie). */
export function idCookieOptions(kind: 'cart' | 'checkout', nodeEnv: string): IdCookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: nodeEnv !== 'development',
    path: '/',
    maxAge: kind === 'cart' ? CART_MAX_AGE_SECONDS : CHECKOUT_MAX_AGE_SECONDS,
  };
}

/**
 * The id from a cookie's value, or null when it is missing or not an id of that kind
 * (`../opaque-id.ts`): a tampered cookie never reaches the API as a malformed id.
 */
export function idFromCookie(kind: 'cart' | 'checkout', value: string | undefined): string | null {
  return randomPartOf(kind === 'cart' ? 'Cart' : 'Checkout', value) ? value! : null;
}
