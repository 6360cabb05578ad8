import type { CartErrorCode } from './generated/resolvers-types.js';

export interface CartUserError {
  field: string[] | null;
  message: string;
  code: CartErrorCode;
}

export function userError(code: CartErrorCode, message: string, field: Array<string | number> | null): CartUserError {
  return { code, message, field: field ? field.map(String) : null };
}

/** Thrown inside a cart transaction to roll it back and answer with user errors: bad input never changes a cart. */
export class Refusal extends Error {
  constructor(readonly errors: CartUserError[]) {
    super('cart change refused');
  }
}

export const cartNotFound = () => userError('CART_NOT_FOUND', 'No cart with this id was found.', ['cartId']);
