import { idOfType, toGlobalId } from '../../../platform/graphql/global-id.js';
import type {
  BannerBlockResolvers,
  CollectionBlockResolvers,
  HeroBlockResolvers,
  PageBlockResolvers,
  ProductGridBlockResolvers,
  RichTextBlockResolvers,
} from '../generated/resolvers-types.js';
import type { BlockView } from '../page-view.js';
import { sanitizeRichText } from '../rich-text.js';

// Block fields read the stored data (validated on save). Products, collections and images are
// looked up in batches per request: a deleted product drops out of a grid, a deleted collection
// or image becomes null, and the page still renders.

const str = (block: BlockView, field: string) => {
  const value = block.data[field];
  return typeof value === 'string' && value !== '' ? value : null;
};

const numericId = (value: unknown, type: string) => {
  if (typeof value !== 'string') return null;
  try {
    return idOfType(value, type);
  } catch {
    return null;
  }
};

export const PageBlock = {
  __resolveType: (block) => block.type as 'HeroBlock',
} satisfies PageBlockResolvers;

export const HeroBlock = {
  heading: (block) => str(block, 'heading') ?? '',
  subheading: (block) => str(block, 'subheading'),
  image: (block, _args, { loaders }) => {
    const id = numericId(block.data.imageId, 'Image');
    return id === null ? null : loaders.imageById.load(id);
  },
  ctaLabel: (block) => str(block, 'ctaLabel'),
  ctaUrl: (block) => str(block, 'ctaUrl'),
} satisfies HeroBlockResolvers;

// Sanitised on save; once more here, so a row written under older rules cannot carry markup the
// current allow-list refuses.
export const RichTextBlock = {
  html: (block) => sanitizeRichText(str(block, 'html') ?? ''),
} satisfies RichTextBlockResolvers;

export const ProductGridBlock = {
  heading: (block) => str(block, 'heading'),
  products: async (block, _args, { loaders }) => {
    const ids = (Array.isArray(block.data.productIds) ? block.data.productIds : [])
      .map((value) => numericId(value, 'Product'))
      .filter((id): id is number => id !== null);
    const exists = await loaders.productExists.loadMany(ids);
    return ids.filter((_id, index) => exists[index] === true).map((id) => ({ id: toGlobalId('Product', id) }));
  },
} satisfies ProductGridBlockResolvers;

export const CollectionBlock = {
  heading: (block) => str(block, 'heading'),
  collection: async (block, _args, { loaders }) => {
    const id = numericId(block.data.collectionId, 'Collection');
    return id !== null && (await loaders.collectionExists.load(id)) ? { id: toGlobalId('Collection', id) } : null;
  },
  limit: (block) => (typeof block.data.limit === 'number' ? block.data.limit : 8),
} satisfies CollectionBlockResolvers;

export const BannerBlock = {
  text: (block) => str(block, 'text') ?? '',
  url: (block) => str(block, 'url'),
  tone: (block) => str(block, 'tone'),
} satisfies BannerBlockResolvers;
