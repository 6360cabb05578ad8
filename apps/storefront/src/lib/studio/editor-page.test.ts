import { describe, expect, it } from 'vitest';
import { toEditorPage, type StudioPageData } from './editor-page';

const page: StudioPageData = {
  id: 'gid://shop/Page/7',
  handle: 'summer',
  title: 'Summer',
  status: 'DRAFT',
  publishAt: null,
  publishedAt: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'marketer@example.com',
  hasUnpublishedChanges: true,
  seo: { title: null, description: 'Light layers' },
  blocks: [
    {
      __typename: 'HeroBlock',
      heading: 'Summer',
      subheading: null,
      ctaLabel: 'Shop',
      ctaUrl: '/collections/summer',
      image: { id: 'gid://shop/Image/3', url: 'https://img.example/3.webp', altText: 'Beach' },
    },
    { __typename: 'RichTextBlock', html: '<p>Hi</p>' },
    { __typename: 'ProductGridBlock', gridHeading: null, products: [{ id: 'gid://shop/Product/1' }] },
    { __typename: 'CollectionBlock', collectionHeading: 'New', limit: 4, collection: null },
    { __typename: 'BannerBlock', text: 'Free shipping', url: null, tone: 'SALE' },
  ],
  revisions: [],
  experiment: null,
};

describe('toEditorPage', () => {
  it('turns each shown block back into the data the API takes, by id', () => {
    const editor = toEditorPage(page);
    expect(editor.blocks).toEqual([
      {
        type: 'HeroBlock',
        data: {
          heading: 'Summer',
          subheading: '',
          imageId: 'gid://shop/Image/3',
          ctaLabel: 'Shop',
          ctaUrl: '/collections/summer',
        },
      },
      { type: 'RichTextBlock', data: { html: '<p>Hi</p>' } },
      { type: 'ProductGridBlock', data: { heading: '', productIds: ['gid://shop/Product/1'] } },
      { type: 'CollectionBlock', data: { heading: 'New', collectionId: null, limit: 4 } },
      { type: 'BannerBlock', data: { text: 'Free shipping', url: '', tone: 'SALE' } },
    ]);
  });

  it('keeps the hero images’ thumbnails for the chooser, and the page fields as text', () => {
    const editor = toEditorPage(page);
    expect(editor.images).toEqual({ 'gid://shop/Image/3': { url: 'https://img.example/3.webp', altText: 'Beach' } });
    expect(editor.fields).toEqual({ handle: 'summer', title: 'Summer', seoTitle: '', seoDescription: 'Light layers' });
  });

  it('lists the products and collections whose names the editor needs', () => {
    expect(toEditorPage(page).referencedIds).toEqual(['gid://shop/Product/1']);
  });
});
