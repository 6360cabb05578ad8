import type { StudioPageQuery } from '../graphql/generated/graphql';
import type { BlockType } from './block-types';
import type { PageUserErrorShape } from './page-user-errors';

// The editor works on the API's input shape (PageBlockInput: data by id); the page query shows
// blocks as the public sees them. This turns one into the other, keeping what the editor shows
// beside the ids (hero thumbnails; product and collection names come from StudioNodeTitles).

export type StudioPageData = NonNullable<StudioPageQuery['page']>;

export interface EditorPageFields {
  handle: string;
  title: string;
  seoTitle: string;
  seoDescription: string;
}

export interface EditorPage {
  fields: EditorPageFields;
  blocks: { type: BlockType; data: Record<string, unknown> }[];
  images: Record<string, { url: string; altText: string | null }>;
  referencedIds: string[];
}

export function toEditorPage(page: StudioPageData): EditorPage {
  const images: EditorPage['images'] = {};
  const referencedIds = new Set<string>();
  const blocks = page.blocks.map((block): EditorPage['blocks'][number] => {
    switch (block.__typename) {
      case 'HeroBlock':
        if (block.image?.id) images[block.image.id] = { url: block.image.url, altText: block.image.altText };
        return {
          type: 'HeroBlock',
          data: {
            heading: block.heading,
            subheading: block.subheading ?? '',
            imageId: block.image?.id ?? null,
            ctaLabel: block.ctaLabel ?? '',
            ctaUrl: block.ctaUrl ?? '',
          },
        };
      case 'RichTextBlock':
        return { type: 'RichTextBlock', data: { html: block.html } };
      case 'ProductGridBlock': {
        const productIds = block.products.map((product) => product.id);
        productIds.forEach((id) => referencedIds.add(id));
        return { type: 'ProductGridBlock', data: { heading: block.gridHeading ?? '', productIds } };
      }
      case 'CollectionBlock':
        if (block.collection) referencedIds.add(block.collection.id);
        return {
          type: 'CollectionBlock',
          data: {
            heading: block.collectionHeading ?? '',
            collectionId: block.collection?.id ?? null,
            limit: block.limit,
          },
        };
      case 'BannerBlock':
        return { type: 'BannerBlock', data: { text: block.text, url: block.url ?? '', tone: block.tone ?? 'INFO' } };
    }
  });
  return {
    fields: {
      handle: page.handle,
      title: page.title,
      seoTitle: page.seo.title ?? '',
      seoDescription: page.seo.description ?? '',
    },
    blocks,
    images,
    referencedIds: [...referencedIds],
  };
}

/** What saving the draft answers the editor: the page as stored, or why it was refused. */
export type SaveDraftResult =
  | { ok: true; handle: string; page: EditorPage; titles: Record<string, string> }
  | {
      ok: false;
      userErrors: PageUserErrorShape[];
      message: string | null;
    };
