import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { ContentBlock } from '@/lib/content/content-page';

vi.mock('server-only', () => ({}));
// next/image needs the app's image config; the card's image is not what these tests are about.
vi.mock('@/components/product-image', () => ({
  ProductImage: ({ alt, priority }: { alt: string; priority?: boolean }) => (
    <span role="img" aria-label={alt} data-priority={priority ? 'high' : 'low'} />
  ),
}));
const { PageBlocks } = await import('./page-blocks');

const card = (id: number) => ({
  id: `gid://shop/Product/${id}`,
  handle: `product-${id}`,
  title: `Product ${id}`,
  vendor: 'Acme',
  availableForSale: true,
  featuredImage: null,
  priceRange: {
    minVariantPrice: { amount: '10.00', currencyCode: 'EUR' as const },
    maxVariantPrice: { amount: '10.00', currencyCode: 'EUR' as const },
  },
  compareAtPriceRange: null,
});

const render = (blocks: ContentBlock[], title = 'Summer') =>
  renderToStaticMarkup(<PageBlocks title={title} blocks={blocks} />);

describe('PageBlocks', () => {
  it('makes a leading hero the h1, with its image eager (LCP) and its call to action', () => {
    const html = render([
      {
        __typename: 'HeroBlock',
        heading: 'Linen days',
        subheading: 'Light things',
        ctaLabel: 'Shop linen',
        ctaUrl: '/collections/linen',
        image: { url: 'https://img.test/a.jpg', altText: 'Linen shirt', width: 1600, height: 900 },
      },
    ]);
    expect(html).toMatch(/<h1[^>]*>Linen days<\/h1>/);
    expect(html).toContain('href="/collections/linen"');
    expect(html).toContain('data-priority="high"');
    expect(html).not.toContain('>Summer<');
  });

  it('treats a hero under announcement banners as the opening one', () => {
    const html = render([
      { __typename: 'BannerBlock', text: 'Free shipping', url: '/pages/shipping', tone: 'SALE' },
      { __typename: 'HeroBlock', heading: 'Winter', subheading: null, ctaLabel: null, ctaUrl: null, image: null },
    ]);
    expect(html).toMatch(/<h1[^>]*>Winter<\/h1>/);
    expect(html).not.toContain('>Summer<');
  });

  it('gives the page title as h1 when no hero opens the page, and later heroes an h2', () => {
    const html = render([
      { __typename: 'RichTextBlock', html: '<p>Intro</p>' },
      { __typename: 'HeroBlock', heading: 'Second', subheading: null, ctaLabel: null, ctaUrl: null, image: null },
    ]);
    expect(html).toMatch(/<h1[^>]*>Summer<\/h1>/);
    expect(html).toMatch(/<h2[^>]*>Second<\/h2>/);
  });

  it('sanitises rich text again on render: no script, event handler or javascript: URL survives', () => {
    const html = render([
      {
        __typename: 'RichTextBlock',
        html: '<p onclick="x()">Hello <strong>you</strong></p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a><a href="/pages/ok">ok</a>',
      },
    ]);
    expect(html).toContain('<strong>you</strong>');
    expect(html).toContain('href="/pages/ok"');
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
  });

  it('leaves out unsafe links in heroes and banners', () => {
    const html = render([
      {
        __typename: 'HeroBlock',
        heading: 'H',
        subheading: null,
        ctaLabel: 'Go',
        ctaUrl: 'javascript:alert(1)',
        image: null,
      },
      { __typename: 'BannerBlock', text: 'Deal', url: 'data:text/html,<script>alert(1)</script>', tone: 'SALE' },
    ]);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('Deal');
  });

  it('shows product grids with the product cards, and a collection block cut to its limit with a link', () => {
    const html = render([
      { __typename: 'ProductGridBlock', gridHeading: 'Picks', products: [card(1), card(2)] },
      {
        __typename: 'CollectionBlock',
        collectionHeading: null,
        limit: 2,
        collection: {
          id: 'gid://shop/Collection/5',
          handle: 'bags',
          title: 'Bags',
          products: { nodes: [card(3), card(4), card(5)] },
        },
      },
    ]);
    expect(html).toMatch(/<h2[^>]*>Picks<\/h2>/);
    expect(html).toContain('href="/products/product-1"');
    expect(html).toMatch(/<h2[^>]*>Bags<\/h2>/);
    expect(html).toContain('href="/products/product-4"');
    expect(html).not.toContain('href="/products/product-5"');
    expect(html).toContain('href="/collections/bags"');
  });

  it('skips unknown block types and collections that no longer exist', () => {
    const html = render([
      { __typename: 'VideoBlock' } as unknown as ContentBlock,
      { __typename: 'CollectionBlock', collectionHeading: 'Gone', limit: 4, collection: null },
      { __typename: 'BannerBlock', text: 'Still here', url: '/x', tone: 'WARNING' },
    ]);
    expect(html).not.toContain('Gone');
    expect(html).toContain('Still here');
  });
});
