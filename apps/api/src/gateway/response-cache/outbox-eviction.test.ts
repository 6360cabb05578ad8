import { describe, expect, it } from 'vitest';
import { entitiesOfTags } from './outbox-eviction.js';

describe('entitiesOfTags', () => {
  it('names the entities and types the cached responses are filed under', () => {
    expect(
      entitiesOfTags([
        'product:42',
        'collection:7',
        'page:3',
        'page:home',
        'page-handle:summer',
        'menu:main',
        'sitemap',
        'product:42',
      ]),
    ).toEqual([
      { typename: 'Product', id: 'gid://shop/Product/42' },
      { typename: 'Collection', id: 'gid://shop/Collection/7' },
      { typename: 'Page', id: 'gid://shop/Page/3' },
      { typename: 'Page' },
      { typename: 'Menu' },
    ]);
  });

  it('names a variant for its stock tag, and every variant for `stock`', () => {
    expect(entitiesOfTags(['stock:9', 'stock:x'])).toEqual([
      { typename: 'ProductVariant', id: 'gid://shop/ProductVariant/9' },
    ]);
    expect(entitiesOfTags(['stock'])).toEqual([{ typename: 'ProductVariant' }]);
    expect(entitiesOfTags(['variant:4'])).toEqual([{ typename: 'ProductVariant', id: 'gid://shop/ProductVariant/4' }]);
  });

  it('names a product for its availability flip, and every product for `product-stock`', () => {
    expect(entitiesOfTags(['product-stock:5', 'product-stock:x'])).toEqual([
      { typename: 'Product', id: 'gid://shop/Product/5' },
    ]);
    expect(entitiesOfTags(['product-stock'])).toEqual([{ typename: 'Product' }]);
  });

  it('evicts every listing for `listings`, and nothing for tags no response shows', () => {
    expect(entitiesOfTags(['listings'])).toEqual([{ typename: 'Product' }, { typename: 'Collection' }]);
    expect(entitiesOfTags(['sitemap', 'unknown:1'])).toEqual([]);
  });
});
