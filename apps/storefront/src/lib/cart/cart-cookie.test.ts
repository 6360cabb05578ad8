import { describe, expect, it } from 'vitest';
import { idCookieOptions, idFromCookie } from './cart-cookie';

describe('idCookieOptions', () => {
  it('is HttpOnly and SameSite=Lax, Secure outside development', () => {
    expect(idCookieOptions('cart', 'production')).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true });
    expect(idCookieOptions('cart', 'development').secure).toBe(false);
    expect(idCookieOptions('cart', 'test').secure).toBe(true);
  });

  it('keeps a cart longer than a checkout', () => {
    expect(idCookieOptions('cart', 'production').maxAge).toBeGreaterThan(
      idCookieOptions('checkout', 'production').maxAge,
    );
  });
});

describe('idFromCookie', () => {
  it('accepts only ids of its own kind', () => {
    expect(idFromCookie('cart', 'gid://shop/Cart/AbCdEfGhIjKlMnOpQrStUv')).toBe(
      'gid://shop/Cart/AbCdEfGhIjKlMnOpQrStUv',
    );
    expect(idFromCookie('cart', 'gid://shop/Checkout/AbCdEfGhIjKlMnOpQrStUv')).toBeNull();
    expect(idFromCookie('checkout', 'gid://shop/Checkout/AbCdEfGhIjKlMnOpQrStUv')).not.toBeNull();
  });

  it('ignores missing, serial or tampered values', () => {
    expect(idFromCookie('cart', undefined)).toBeNull();
    expect(idFromCookie('cart', 'gid://shop/Cart/42')).toBeNull();
    expect(idFromCookie('cart', 'gid://shop/Cart/AbCdEfGhIjKlMnOpQrStUv"; x=1')).toBeNull();
  });
});
