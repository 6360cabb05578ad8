import { describe, expect, it, vi } from 'vitest';
import type { ContentPage } from './content-page';

vi.mock('next/cache', () => ({ unstable_cache: vi.fn() }));
const { contentPageTags } = await import('./page-tags');

const card = (id: number) => ({
  id: `gid://shop/Product/${id}`,
  handle: `p-${id}`,
  title: `P${id}`,
  vendor: 'V',
  availableForSale: true,
  featuredImage: null,
  priceRange: {
    minVariantPrice: { amount: '1.00', currencyCode: 'EUR' as const },
    maxVariantPrice: { amount: '1.00', currencyCode: 'EUR' as const },
  },
  compareAtPriceRange: null,
});

const page = (overrides: Partial<ContentPage> = {}): ContentPage => ({
  id: 'gid://shop/Page/7',
  handle: 'summer',
  title: 'Summer',
  status: 'PUBLISHED',
  updatedAt: '2026-12-01T00:00:00.000Z',
  variant: null,
  experimentSplit: null,
  seo: { title: null, description: null },
  blocks: [
    { __typename: 'RichTextBlock', html: '<p>Hi</p>' },
    { __typename: 'ProductGridBlock', gridHeading: null, products: [card(1), card(2)] },
    {
      __typename: 'CollectionBlock',
      collectionHeading: null,
      limit: 1,
      collection: { id: 'gid://shop/Collection/3', handle: 'c', title: 'C', products: { nodes: [card(4), card(5)] } },
    },
    { __typename: 'CollectionBlock', collectionHeading: null, limit: 2, collection: null },
  ],
  ...overrides,
});

describe('contentPageTags', () => {
  it('names the page, its handle and everything its blocks show (only what is shown of a collection)', () => {
    expect(contentPageTags(page()).sort()).toEqual(
      ['page:7', 'page-handle:summer', 'product:1', 'product:2', 'collection:3', 'product:4'].sort(),
    );
  });

  it('adds page:home for the home page and ab-split:<p> for a page under test', () => {
    const tags = contentPageTags(page({ handle: 'home', experimentSplit: 30 }));
    expect(tags).toContain('page:home');
    expect(tags).toContain('page-handle:home');
    expect(tags).toContain('ab-split:30');
  });
});
