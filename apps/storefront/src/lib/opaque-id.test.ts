import { describe, expect, it } from 'vitest';
import { opaqueIdFrom, randomPartOf } from './opaque-id';

const RANDOM = 'AbCdEfGhIjKlMnOpQr_-Uv';

describe('opaque ids', () => {
  it('reads the random part of an id of its own type only', () => {
    expect(randomPartOf('Cart', `gid://shop/Cart/${RANDOM}`)).toBe(RANDOM);
    expect(randomPartOf('Cart', `gid://shop/Checkout/${RANDOM}`)).toBeNull();
    expect(randomPartOf('Order', `gid://shop/Order/${RANDOM}`)).toBe(RANDOM);
  });

  it('refuses serials, tampering and junk', () => {
    for (const value of [undefined, null, '', 'gid://shop/Cart/42', `gid://shop/Cart/${RANDOM}"; x=1`, RANDOM])
      expect(randomPartOf('Cart', value)).toBeNull();
    expect(opaqueIdFrom('Order', '1001')).toBeNull();
    expect(opaqueIdFrom('Order', '..%2Fadmin')).toBeNull();
    expect(opaqueIdFrom('Order', 'a'.repeat(65))).toBeNull();
    expect(opaqueIdFrom('Order', RANDOM)).toBe(`gid://shop/Order/${RANDOM}`);
  });
});
