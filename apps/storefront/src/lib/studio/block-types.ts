// The block types marketers can add, with the fields the content API validates for each
// (apps/api/src/subgraphs/content/blocks.ts). Data is kept as the API's PageBlockInput data:
// products, collections and images by global id.

export const BLOCK_TYPES = [
  'HeroBlock',
  'RichTextBlock',
  'ProductGridBlock',
  'CollectionBlock',
  'BannerBlock',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export type BlockData = Record<string, unknown>;

export const BLOCK_LABELS: Record<BlockType, string> = {
  HeroBlock: 'Hero',
  RichTextBlock: 'Rich text',
  ProductGridBlock: 'Product grid',
  CollectionBlock: 'Collection',
  BannerBlock: 'Banner',
};

/** A new block's fields: blank text, nothing picked. */
export function emptyBlockData(type: BlockType): BlockData {
  switch (type) {
    case 'HeroBlock':
      return { heading: '', subheading: '', imageId: null, ctaLabel: '', ctaUrl: '' };
    case 'RichTextBlock':
      return { html: '' };
    case 'ProductGridBlock':
      return { heading: '', productIds: [] };
    case 'CollectionBlock':
      return { heading: '', collectionId: null, limit: 8 };
    case 'BannerBlock':
      return { text: '', url: '', tone: 'INFO' };
  }
}

export function isBlockType(type: string): type is BlockType {
  return (BLOCK_TYPES as readonly string[]).includes(type);
}

/** Optional text fields the API stores as null when blank; sent only when filled in. */
export const OPTIONAL_TEXT_FIELDS: Record<BlockType, readonly string[]> = {
  HeroBlock: ['subheading', 'ctaLabel', 'ctaUrl'],
  RichTextBlock: [],
  ProductGridBlock: ['heading'],
  CollectionBlock: ['heading'],
  BannerBlock: ['url'],
};
