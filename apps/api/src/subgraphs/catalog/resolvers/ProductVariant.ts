import { idOfType, toGlobalId } from '../../../platform/graphql/global-id.js';
import type { ProductVariantResolvers } from '../generated/resolvers-types.js';
import { money } from '../money.js';
import { shopCurrency } from '../shop-settings.js';

export const ProductVariant = {
  __resolveReference: async (reference, { loaders }) => {
    const id = idOfType(reference.id, 'ProductVariant');
    return id == null ? null : loaders.variantById.load(id);
  },
  id: (variant) => toGlobalId('ProductVariant', variant.id),
  price: async (variant, _args, { db }) => money(variant.price, await shopCurrency(db)),
  compareAtPrice: async (variant, _args, { db }) =>
    variant.compareAtPrice == null ? null : money(variant.compareAtPrice, await shopCurrency(db)),
  selectedOptions: (variant) => variant.options,
  image: (variant, _args, { loaders }) => (variant.imageId == null ? null : loaders.imageById.load(variant.imageId)),
  product: async (variant, _args, { loaders }) => {
    const product = await loaders.productById.load(variant.productId);
    if (!product) throw new Error(`Variant ${variant.id} has no product ${variant.productId}`);
    return product;
  },
} satisfies ProductVariantResolvers;
