import { describe, expect, it } from 'vitest';
import { placeCartErrors } from './cart-errors';

describe('placeCartErrors', () => {
  it('puts a line error next to the line the input named by index', () => {
    const errors = placeCartErrors(
      [{ field: ['lines', '1', 'quantity'], message: 'Only 2 left.', code: 'NOT_ENOUGH_STOCK' }],
      ['line-a', 'line-b'],
    );
    expect(errors).toEqual([{ target: 'line-b', message: 'Only 2 left.', code: 'NOT_ENOUGH_STOCK' }]);
  });

  it('puts code errors under the discount field and the rest above the cart', () => {
    const errors = placeCartErrors([
      { field: ['discountCodes', '0'], message: 'Expired.', code: 'DISCOUNT_CODE_NOT_APPLICABLE' },
      { field: ['lines', '0', 'merchandiseId'], message: 'Gone.', code: 'MERCHANDISE_NOT_FOUND' },
      { field: null, message: 'No cart.', code: 'CART_NOT_FOUND' },
    ]);
    expect(errors.map((error) => error.target)).toEqual(['discount', 'form', 'form']);
  });
});
