import { toGlobalId } from '../../../platform/graphql/global-id.js';
import type { CartLineResolvers } from '../generated/resolvers-types.js';
import { lineGlobalId } from '../ids.js';
import { findVisibleLine } from '../load-visible.js';

/** What a line costs, in cents, at the catalog's current price. */
export interface CartLineCostParent {
  unitCents: number;
  compareAtCents: number | null;
  totalCents: number;
  currencyCode: string;
}

export const CartLine = {
  __resolveReference: (reference: { id: string }, context) => findVisibleLine(context, reference.id),
  id: (line) => lineGlobalId(line.id),
  merchandise: (line) => ({ __typename: 'ProductVariant' as const, id: toGlobalId('ProductVariant', line.variantId) }),
  cost: async (line, _args, context) => {
    const pricing = (await context.loaders.pricingByCartId.load(line.cartId))!;
    const priced = pricing.lines.find((candidate) => candidate.id === line.id);
    // A variant deleted from the catalog since it was added prices at nothing: it cannot be bought.
    return {
      unitCents: priced?.unitCents ?? 0,
      compareAtCents: priced?.compareAtCents ?? null,
      totalCents: priced?.totalCents ?? 0,
      currencyCode: pricing.currencyCode,
    };
  },
} satisfies CartLineResolvers;
