import { userInputError } from '../../../platform/graphql/errors.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { opaqueIdOf } from '../ids.js';
import { findVisibleCart } from '../load-visible.js';

export const Query = {
  cart: (_parent, { id }, context) => {
    const cartId = opaqueIdOf(id, 'Cart');
    if (cartId === 'malformed') throw userInputError('Invalid cart id: expected gid://shop/Cart/<id>.', 'id');
    return cartId === null ? null : findVisibleCart(context, cartId);
  },
} satisfies QueryResolvers;
