import { describe, expect, it } from 'vitest';
import { newOpaqueId, opaqueIdOf, opaqueRefsOf } from './opaque-id.js';

const RAW = 'AbCdEfGhIjKlMnOpQr_-Uv';

describe('opaque ids', () => {
  it('are 128 random bits in 22 base64url characters', () => {
    const ids = new Set(Array.from({ length: 100 }, newOpaqueId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('reads the raw id of its type; another type is missing (null), anything else malformed', () => {
    expect(opaqueIdOf(`gid://shop/Cart/${RAW}`, 'Cart')).toBe(RAW);
    expect(opaqueIdOf(`gid://shop/Checkout/${RAW}`, 'Cart')).toBeNull();
    for (const bad of ['', 'gid://shop/Cart/42', `gid://shop/Cart/${RAW}x`, `gid://shop/Cart/${RAW}\n`, RAW])
      expect(opaqueIdOf(bad, 'Cart')).toBe('malformed');
  });

  it('reads node ids of several types at once, in order; the rest are null alike', () => {
    expect(
      opaqueRefsOf(
        [`gid://shop/Order/${RAW}`, `gid://shop/Cart/${RAW}`, 'junk', `gid://shop/Checkout/${RAW}`],
        ['Checkout', 'Order'],
      ),
    ).toEqual([{ type: 'Order', id: RAW }, null, null, { type: 'Checkout', id: RAW }]);
  });
});
