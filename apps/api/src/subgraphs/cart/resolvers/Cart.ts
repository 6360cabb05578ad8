import { paginateList, type Connection } from '../../../platform/graphql/pagination.js';
import type { CartResolvers } from '../generated/resolvers-types.js';
import { opaqueIdOf } from '../../../platform/graphql/opaque-id.js';
import { cartGlobalId } from '../ids.js';
import { findVisibleCart } from '../load-visible.js';
import type { CartLineRow } from '../tables.js';

/** A page of a cart's lines (a cart holds at most 100, loaded whole in one statement). */
export type CartLinePage = Connection<CartLineRow>;

export const Cart = {
  __resolveReference: (reference: { id: string }, context) => {
    const cartId = opaqueIdOf(reference.id, 'Cart');
    return typeof cartId === 'string' && cartId !== 'malformed' ? findVisibleCart(context, cartId) : null;
  },
  id: (cart) => cartGlobalId(cart.id),
  checkoutUrl: (_cart, _args, context) => `${context.storefrontUrl.replace(/\/+$/, '')}/checkout`,
  lines: async (cart, args, context) => paginateList(await context.loaders.linesByCartId.load(cart.id), args),
  totalQuantity: async (cart, _args, context) =>
    (await context.loaders.linesByCartId.load(cart.id)).reduce((sum, line) => sum + line.quantity, 0),
  cost: async (cart, _args, context) => (await context.loaders.pricingByCartId.load(cart.id))!,
  discountCodes: async (cart, _args, context) => (await context.loaders.pricingByCartId.load(cart.id))!.discountCodes,
  buyerIdentity: (cart) => cart,
} satisfies CartResolvers;
