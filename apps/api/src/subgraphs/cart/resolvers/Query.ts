import { userInputError } from '../../../platform/graphql/errors.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { opaqueIdOf } from '../../../platform/graphql/opaque-id.js';
import { findVisibleCart } from '../load-visible.js';

export const Query = {
  cart: (_parent, { id }, context) => {
    const cartId = opaqueIdOf(id, 'Cart');
    if (cartId === 'malformed') throw userInputError('Invalid cart id: expected gid://shop/Cart/<id>.', 'id');
    if (cartId === null) return null;
    // A completed or merged cart is no longer the shopper's cart: the storefront then starts a
    // new one. A checkout still reaches its own cart through the entity reference.
    return findVisibleCart(context, cartId).then((cart) => (cart?.status === 'open' ? cart : null));
  },
} satisfies QueryResolvers;
