import { idOfType } from '../../platform/graphql/global-id.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { requireStockEditor } from './access.js';
import { isAvailableForSale, quantityAvailable } from './rules.js';
import { setStock } from './stock-set.js';

// Inventory only adds fields to catalog entities: a reference is just `{ id }`.
// An id the catalog does not know simply has no stock here, so it reads as not for sale.
export const resolvers = {
  Mutation: {
    inventorySet: async (_parent, { variantId, quantity }, { db, identity }) => {
      requireStockEditor(identity);
      const result = await setStock(db, variantId, quantity);
      // The variant as an entity reference: the gateway fills in the catalog's fields.
      return { variant: result.variantId ? { id: result.variantId } : null, userErrors: result.userErrors };
    },
  },
  Product: {
    availableForSale: async ({ id }, _args, { loaders }) => {
      const productId = idOfType(id, 'Product');
      if (productId == null) return false;
      return (await loaders.stockByProductId.load(productId)).some((stock) => isAvailableForSale(stock));
    },
  },
  ProductVariant: {
    availableForSale: async ({ id }, _args, { loaders }) => {
      const variantId = idOfType(id, 'ProductVariant');
      return variantId != null && isAvailableForSale(await loaders.stockByVariantId.load(variantId));
    },
    quantityAvailable: async ({ id }, _args, { loaders, showExactStock }) => {
      const variantId = idOfType(id, 'ProductVariant');
      if (variantId == null || !showExactStock) return null;
      const stock = await loaders.stockByVariantId.load(variantId);
      return stock && stock.tracked ? quantityAvailable(stock) : null;
    },
  },
} satisfies Resolvers;
