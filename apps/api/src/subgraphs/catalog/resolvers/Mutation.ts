import type { MutationResolvers } from '../generated/resolvers-types.js';
import { requireMerchandiser } from '../merchandising/access.js';
import { updateProduct, updateVariantPrices, type MerchandisingResult } from '../merchandising/product-update.js';
import { findProductsByIds } from '../repository.js';
import type { CatalogContext } from '../context.js';

// The product as it is after the change, read afresh (not through a loader that may hold the old row).
async function payload(result: MerchandisingResult, { db }: CatalogContext) {
  const [product] = result.productId == null ? [] : await findProductsByIds(db, [result.productId]);
  return { product: product ?? null, userErrors: result.userErrors };
}

export const Mutation = {
  productUpdate: async (_parent, { id, input }, context) => {
    requireMerchandiser(context.identity);
    return payload(await updateProduct(context.db, id, input), context);
  },
  variantPricesUpdate: async (_parent, { prices }, context) => {
    requireMerchandiser(context.identity);
    return payload(await updateVariantPrices(context.db, prices), context);
  },
} satisfies MutationResolvers;
