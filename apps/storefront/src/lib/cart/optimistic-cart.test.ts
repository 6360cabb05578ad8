import { describe, expect, it } from 'vitest';
import type { CartView } from './cart-view';
import { applyOptimisticChange } from './optimistic-cart';

const usd = (amount: string) => ({ amount, currencyCode: 'USD' });
const cart: CartView = {
  totalQuantity: 2,
  subtotal: usd('40.00'),
  total: usd('40.00'),
  tax: null,
  discountCodes: [],
  lines: [
    {
      id: 'gid://shop/CartLine/a',
      merchandiseId: 'gid://shop/ProductVariant/1',
      quantity: 2,
      title: 'Tote',
      variantTitle: null,
      href: '/products/tote',
      image: null,
      unitPrice: usd('20.00'),
      compareAtUnitPrice: null,
      total: usd('40.00'),
    },
  ],
};
const add = {
  type: 'add' as const,
  title: 'Cap',
  variantTitle: 'Navy',
  href: '/products/cap?color=navy',
  unitPrice: usd('15.00'),
};

describe('applyOptimisticChange', () => {
  it('adds to the quantity of a line that already holds the variant', () => {
    const next = applyOptimisticChange(cart, { ...add, merchandiseId: 'gid://shop/ProductVariant/1', quantity: 3 });
    expect(next.lines).toHaveLength(1);
    expect(next.lines[0]).toMatchObject({ quantity: 5, pending: true });
    expect(next.totalQuantity).toBe(5);
  });

  it('appends a pending line for a new variant, and starts a cart when there is none', () => {
    const next = applyOptimisticChange(null, { ...add, merchandiseId: 'gid://shop/ProductVariant/9', quantity: 1 });
    expect(next.totalQuantity).toBe(1);
    expect(next.lines[0]).toMatchObject({ id: 'pending:gid://shop/ProductVariant/9', title: 'Cap', pending: true });
    expect(next.pending).toBe(true);
  });

  it('sets and removes lines, leaving the totals to the server', () => {
    const updated = applyOptimisticChange(cart, { type: 'update', lineId: 'gid://shop/CartLine/a', quantity: 7 });
    expect(updated.totalQuantity).toBe(7);
    expect(updated.subtotal).toEqual(cart.subtotal);
    expect(updated.pending).toBe(true);
    const removed = applyOptimisticChange(cart, { type: 'remove', lineId: 'gid://shop/CartLine/a' });
    expect(removed.lines).toEqual([]);
    expect(removed.totalQuantity).toBe(0);
  });

  it('leaves the original cart untouched', () => {
    applyOptimisticChange(cart, { type: 'update', lineId: 'gid://shop/CartLine/a', quantity: 7 });
    expect(cart.lines[0]!.quantity).toBe(2);
  });
});
