import { idOfType, toGlobalId } from '../../../platform/graphql/global-id.js';
import { paginateList } from '../../../platform/graphql/pagination.js';
import type { ProductResolvers } from '../generated/resolvers-types.js';
import { money } from '../money.js';
import { shopCurrency } from '../shop-settings.js';

const SEO_DESCRIPTION_LENGTH = 160;

export const Product = {
  __resolveReference: async (reference, { loaders }) => {
    const id = idOfType(reference.id, 'Product');
    return id == null ? null : loaders.productById.load(id);
  },
  id: (product) => toGlobalId('Product', product.id),
  options: (product) =>
    product.options.map((option, index) => ({
      id: toGlobalId('ProductOption', `${product.id}-${index + 1}`),
      name: option.name,
      values: option.values,
    })),
  variants: async (product, args, { loaders }) =>
    paginateList(await loaders.variantsByProductId.load(product.id), args),
  featuredImage: async (product, _args, { loaders }) => (await loaders.imagesByProductId.load(product.id))[0] ?? null,
  images: async (product, args, { loaders }) => paginateList(await loaders.imagesByProductId.load(product.id), args),
  collections: async (product, args, { loaders }) =>
    paginateList(await loaders.collectionsByProductId.load(product.id), args),
  priceRange: async (product, _args, { db }) => {
    const currency = await shopCurrency(db);
    return { minVariantPrice: money(product.priceMin, currency), maxVariantPrice: money(product.priceMax, currency) };
  },
  compareAtPriceRange: async (product, _args, { db }) => {
    if (product.compareAtMin == null || product.compareAtMax == null) return null;
    const currency = await shopCurrency(db);
    return {
      minVariantPrice: money(product.compareAtMin, currency),
      maxVariantPrice: money(product.compareAtMax, currency),
    };
  },
  seo: (product) => ({
    title: product.seoTitle ?? product.title,
    description: product.seoDescription ?? truncate(product.description, SEO_DESCRIPTION_LENGTH),
  }),
} satisfies ProductResolvers;

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2))}…`;
}
