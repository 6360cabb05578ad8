import {
  addLines,
  createCart,
  removeLines,
  setBuyerIdentity,
  setDiscountCodes,
  updateLines,
} from '../cart-mutations.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';

export const Mutation = {
  cartCreate: (_parent, { input }, context) => createCart(context, input),
  cartLinesAdd: (_parent, { cartId, lines }, context) => addLines(context, cartId, lines),
  cartLinesUpdate: (_parent, { cartId, lines }, context) => updateLines(context, cartId, lines),
  cartLinesRemove: (_parent, { cartId, lineIds }, context) => removeLines(context, cartId, lineIds),
  cartDiscountCodesUpdate: (_parent, { cartId, discountCodes }, context) =>
    setDiscountCodes(context, cartId, discountCodes),
  cartBuyerIdentityUpdate: (_parent, { cartId, buyerIdentity }, context) =>
    setBuyerIdentity(context, cartId, buyerIdentity),
} satisfies MutationResolvers;
