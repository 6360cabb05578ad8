import type { QueryResolvers } from '../generated/resolvers-types.js';
import { findVisibleCheckout } from '../load-visible.js';

export const Query = {
  checkout: (_parent, { id }, context) => findVisibleCheckout(context, id),
} satisfies QueryResolvers;
