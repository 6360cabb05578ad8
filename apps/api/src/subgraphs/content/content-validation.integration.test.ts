import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cacheInvalidations } from '../../platform/outbox/tables.js';
import { useTestStack } from '../../test/stack.js';
import { MARKETER, contentClient, uniqueHandle } from './content-test-api.js';

// Attacks and mistakes in what marketers send: each block type's bad data is a userError with
// its field path and nothing is saved; script, event handlers and javascript: links never reach
// the stored page; unsafe link targets in blocks and menus are refused.
const api = useTestStack();
const client = contentClient(api);

const fieldsOf = (errors: Array<{ field: string[] | null; code: string }>) =>
  errors.map((error) => `${error.field?.join('.')}:${error.code}`);

async function createWithBlocks(blocks: unknown[]) {
  return client.mutate('pageCreate', '$input: PageInput!', {
    input: { handle: uniqueHandle('validation'), title: 'Validation', blocks },
  });
}

describe('block validation', () => {
  it('answers each block type with field paths for bad data, and saves nothing', async () => {
    const payload = await createWithBlocks([
      { type: 'HeroBlock', data: { subheading: 42, imageId: 'gid://shop/Product/1' } },
      { type: 'RichTextBlock', data: { html: 7 } },
      { type: 'ProductGridBlock', data: { productIds: ['gid://shop/Collection/1'] } },
      { type: 'CollectionBlock', data: { collectionId: 'nope', limit: 99 } },
      { type: 'BannerBlock', data: { text: '', tone: 'LOUD', extra: true } },
      { type: 'ScriptBlock', data: {} },
      { type: 'BannerBlock', data: 'not an object' },
    ]);
    expect(payload.page).toBeNull();
    expect(fieldsOf(payload.userErrors)).toEqual([
      'input.blocks.0.data.heading:INVALID',
      'input.blocks.0.data.subheading:INVALID',
      'input.blocks.0.data.imageId:INVALID',
      'input.blocks.1.data.html:INVALID',
      'input.blocks.2.data.productIds.0:INVALID',
      'input.blocks.3.data.collectionId:INVALID',
      'input.blocks.3.data.limit:INVALID',
      'input.blocks.4.data.text:INVALID',
      'input.blocks.4.data.tone:INVALID',
      'input.blocks.4.data.extra:INVALID',
      'input.blocks.5.type:INVALID',
      'input.blocks.6.data:INVALID',
    ]);
  });

  // A mobile developer reads these messages: a field of the wrong type is not a missing one.
  it('tells a missing field (Required.) from one of the wrong type', async () => {
    const payload = await createWithBlocks([
      { type: 'HeroBlock', data: { subheading: 42 } },
      { type: 'BannerBlock', data: ['not', 'an', 'object'] },
    ]);
    expect(payload.userErrors.map((error) => `${error.field?.join('.')}: ${error.message}`)).toEqual([
      'input.blocks.0.data.heading: Required.',
      'input.blocks.0.data.subheading: Expected string.',
      'input.blocks.1.data: Expected object.',
    ]);
  });

  it('refuses javascript:, data:, protocol-relative and plain http links in hero and banner blocks', async () => {
    const urls = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      '//evil.example',
      '/\\evil.example',
      'http://shop.example',
      'vbscript:x',
    ];
    for (const url of urls) {
      const payload = await createWithBlocks([
        { type: 'HeroBlock', data: { heading: 'Hi', ctaLabel: 'Go', ctaUrl: url } },
        { type: 'BannerBlock', data: { text: 'Sale', url } },
      ]);
      expect(fieldsOf(payload.userErrors), url).toEqual([
        'input.blocks.0.data.ctaUrl:INVALID',
        'input.blocks.1.data.url:INVALID',
      ]);
    }
    const fine = await createWithBlocks([
      { type: 'HeroBlock', data: { heading: 'Hi', ctaUrl: '/collections/sale' } },
      { type: 'BannerBlock', data: { text: 'Sale', url: 'https://help.example.com/shipping' } },
    ]);
    expect(fine.userErrors).toEqual([]);
  });

  it('strips script, event handlers, styles, iframes and javascript: links from rich text on save', async () => {
    const html = [
      '<p onclick="alert(1)">Hello <strong>there</strong></p>',
      '<script>alert(document.cookie)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">click</a>',
      '<a href="JAVASCRIPT:alert(1)">shout</a>',
      '<a href="/collections/sale" onmouseover="x()">sale</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<p style="position:fixed">styled</p>',
      '<svg><script>alert(1)</script></svg>',
    ].join('');
    const payload = await createWithBlocks([{ type: 'RichTextBlock', data: { html } }]);
    expect(payload.userErrors).toEqual([]);
    const stored = payload.page!.blocks[0]!.html as string;
    expect(stored).toBe(
      '<p>Hello <strong>there</strong></p><a>click</a><a>shout</a><a href="/collections/sale">sale</a><p>styled</p>',
    );
    for (const bad of ['<script', 'onerror', 'onclick', 'javascript:', 'iframe', 'style=', '<img', '<svg']) {
      expect(stored.toLowerCase()).not.toContain(bad);
    }
  });

  it('keeps formatting and marks outside links noopener', async () => {
    const payload = await createWithBlocks([
      {
        type: 'RichTextBlock',
        data: { html: '<h2>Title</h2><ul><li><em>one</em></li></ul><a href="https://example.com">out</a>' },
      },
    ]);
    expect(payload.page!.blocks[0]!.html).toBe(
      '<h2>Title</h2><ul><li><em>one</em></li></ul><a href="https://example.com" rel="noopener noreferrer nofollow">out</a>',
    );
  });

  it('enforces the limits: title, handle, 50 blocks, 50 KB of rich text, 24 products', async () => {
    const tooLong = await client.mutate('pageCreate', '$input: PageInput!', {
      input: { handle: 'Bad Handle!', title: 'x'.repeat(201), seo: { description: 'd'.repeat(501) } },
    });
    expect(fieldsOf(tooLong.userErrors)).toEqual([
      'input.handle:INVALID',
      'input.title:TOO_LONG',
      'input.seo.description:TOO_LONG',
    ]);
    const longHandle = await client.mutate('pageCreate', '$input: PageInput!', {
      input: { handle: 'a'.repeat(101), title: 'x' },
    });
    expect(fieldsOf(longHandle.userErrors)).toEqual(['input.handle:TOO_LONG']);
    const many = await createWithBlocks(
      Array.from({ length: 51 }, () => ({ type: 'BannerBlock', data: { text: 'x' } })),
    );
    expect(fieldsOf(many.userErrors)).toEqual(['input.blocks:TOO_LONG']);
    const big = await createWithBlocks([{ type: 'RichTextBlock', data: { html: `<p>${'a'.repeat(51 * 1024)}</p>` } }]);
    expect(fieldsOf(big.userErrors)).toEqual(['input.blocks.0.data.html:INVALID']);
    const grid = await createWithBlocks([
      {
        type: 'ProductGridBlock',
        data: { productIds: Array.from({ length: 25 }, (_, i) => `gid://shop/Product/${i + 1}`) },
      },
    ]);
    expect(fieldsOf(grid.userErrors)).toEqual(['input.blocks.0.data.productIds:INVALID']);
  });

  // The storefront tags a page with every product and collection it shows, in one Next.js cache
  // call that keeps at most 128 tags (NEXT_CACHE_TAG_MAX_ITEMS) and drops the rest silently: a
  // price change of a product past the cut would never refresh the page. So a page (and an A/B
  // version b) shows at most 100 products and collections in all.
  it('refuses more than 100 products and collections on one page, grids and collections together', async () => {
    const grid = (from: number) => ({
      type: 'ProductGridBlock',
      data: { productIds: Array.from({ length: 24 }, (_, i) => `gid://shop/Product/${from + i}`) },
    });
    const tooMany = await createWithBlocks([grid(1), grid(25), grid(49), grid(73), grid(97)]);
    expect(tooMany.page).toBeNull();
    expect(fieldsOf(tooMany.userErrors)).toEqual(['input.blocks:TOO_LONG']);
    expect(tooMany.userErrors[0]!.message).toMatch(/100 products and collections/);
    const collection = (id: number, limit: number) => ({
      type: 'CollectionBlock',
      data: { collectionId: `gid://shop/Collection/${id}`, limit },
    });
    const mixed = await createWithBlocks([grid(1), grid(25), grid(49), collection(1, 24), collection(2, 4)]);
    expect(fieldsOf(mixed.userErrors)).toEqual(['input.blocks:TOO_LONG']);
    // The same products shown twice count once: 4 grids of the same 24 are 24 tags.
    const repeated = await createWithBlocks([grid(1), grid(1), grid(1), grid(1), grid(1)]);
    expect(repeated.userErrors).toEqual([]);
    const fits = await createWithBlocks([grid(1), grid(25), grid(49), collection(1, 24), collection(1, 3)]);
    expect(fits.userErrors).toEqual([]);
  });

  it('refuses a taken handle with TAKEN', async () => {
    const handle = uniqueHandle('taken');
    await client.createPage({ handle, title: 'First' });
    const second = await client.mutate('pageCreate', '$input: PageInput!', { input: { handle, title: 'Second' } });
    expect(fieldsOf(second.userErrors)).toEqual(['input.handle:TAKEN']);
    const other = await client.createPage({ handle: uniqueHandle('other'), title: 'Other' });
    const renamed = await client.mutate('pageUpdate', '$id: ID!, $input: PageInput!', {
      id: other.id,
      input: { handle },
    });
    expect(fieldsOf(renamed.userErrors)).toEqual(['input.handle:TAKEN']);
  });
});

describe('menu validation', () => {
  const UPDATE = `mutation($handle: String!, $items: [MenuItemInput!]!) {
    menuUpdate(handle: $handle, items: $items) { menu { handle items { title url items { title url } } } userErrors { field message code } }
  }`;
  const update = async (handle: string, items: unknown[]) => {
    const response = await client.as<{
      menuUpdate: { menu: unknown; userErrors: Array<{ field: string[] | null; code: string }> };
    }>(MARKETER, UPDATE, { handle, items });
    expect(response.errors).toBeUndefined();
    return response.data!.menuUpdate;
  };

  it('refuses unsafe link targets and empty titles with their paths', async () => {
    const payload = await update(uniqueHandle('menu'), [
      { title: 'Home', url: '/' },
      { title: 'Bad', url: 'javascript:alert(1)', items: [{ title: '', url: 'data:text/html,x' }] },
    ]);
    expect(payload.menu).toBeNull();
    expect(fieldsOf(payload.userErrors)).toEqual([
      'items.1.url:INVALID',
      'items.1.items.0.title:INVALID',
      'items.1.items.0.url:INVALID',
    ]);
  });

  it('names a too-long handle TOO_LONG and a malformed one INVALID, as pages do', async () => {
    const items = [{ title: 'Home', url: '/' }];
    expect(fieldsOf((await update('m'.repeat(41), items)).userErrors)).toEqual(['handle:TOO_LONG']);
    expect(fieldsOf((await update('Main Menu', items)).userErrors)).toEqual(['handle:INVALID']);
  });

  it('saves a menu with one level of sub-items and reads it back publicly', async () => {
    const handle = uniqueHandle('menu');
    const payload = await update(handle, [
      { title: 'Shop', url: '/collections/all', items: [{ title: 'Sale', url: '/pages/winter-sale' }] },
      { title: 'Help', url: 'https://help.example.com' },
    ]);
    expect(payload.userErrors).toEqual([]);
    const read = await client.as<{ menu: unknown }>(
      null,
      `query($h: String!) { menu(handle: $h) { handle items { title url items { title url } } } }`,
      {
        h: handle,
      },
    );
    const [row] = await api.stack.database.db
      .select({ tags: cacheInvalidations.tags, reason: cacheInvalidations.reason })
      .from(cacheInvalidations)
      .where(sql`${cacheInvalidations.tags} @> array[${`menu:${handle}`}]::text[]`);
    expect(row).toEqual({ tags: [`menu:${handle}`], reason: `menu ${handle} updated` });
    expect(read.data!.menu).toEqual({
      handle,
      items: [
        { title: 'Shop', url: '/collections/all', items: [{ title: 'Sale', url: '/pages/winter-sale' }] },
        { title: 'Help', url: 'https://help.example.com', items: [] },
      ],
    });
  });
});
