import { describe, expect, it } from 'vitest';
import { orderIdFromSegment, orderPathSegment } from './order-id';

describe('order ids in URLs', () => {
  it('round-trips the random part of an order id', () => {
    const id = 'gid://shop/Order/AbCdEfGhIjKlMnOpQr_-Uv';
    const segment = orderPathSegment(id)!;
    expect(segment).toBe('AbCdEfGhIjKlMnOpQr_-Uv');
    expect(orderIdFromSegment(segment)).toBe(id);
  });

  it('refuses other kinds, serials and junk', () => {
    expect(orderPathSegment('gid://shop/Cart/AbCdEfGhIjKlMnOpQrStUv')).toBeNull();
    expect(orderIdFromSegment('1001')).toBeNull();
    expect(orderIdFromSegment('..%2Fadmin')).toBeNull();
    expect(orderIdFromSegment('a'.repeat(200))).toBeNull();
  });
});
