import { describe, expect, it } from 'vitest';
import {
  fromProduct,
  mapProductUserErrors,
  parseTags,
  stockChanges,
  productChanges,
  validateProduct,
  type ProductDraft,
} from './product-editor-state';

const product = {
  title: 'Trail boot',
  description: 'A boot for trails.',
  tags: ['boots', 'outdoor'],
  variants: [
    { id: 'gid://shop/ProductVariant/1', title: '42', price: { amount: '120.00' }, compareAtPrice: null },
    {
      id: 'gid://shop/ProductVariant/2',
      title: '43',
      price: { amount: '120.00' },
      compareAtPrice: { amount: '150.00' },
    },
  ],
};

const edit = (patch: Partial<ProductDraft>, variants?: Record<number, Partial<ProductDraft['variants'][number]>>) => {
  const draft = fromProduct(product);
  return {
    ...draft,
    ...patch,
    variants: draft.variants.map((variant, i) => ({ ...variant, ...(variants?.[i] ?? {}) })),
  };
};

describe('parseTags', () => {
  it('splits on commas, trims, drops blanks and repeats', () => {
    expect(parseTags(' boots, outdoor ,, boots,Sale ')).toEqual(['boots', 'outdoor', 'Sale']);
  });
});

describe('validateProduct', () => {
  it('accepts the product as loaded', () => {
    expect(validateProduct(fromProduct(product))).toEqual({ fields: {}, variants: {} });
  });

  it('needs a title', () => {
    expect(validateProduct(edit({ title: '  ' })).fields.title).toMatch(/title/i);
  });

  it('names the variant and field of a bad price or compare-at price', () => {
    const errors = validateProduct(edit({}, { 0: { price: '-1' }, 1: { price: '12.345', compareAtPrice: 'ten' } }));
    expect(errors.variants['gid://shop/ProductVariant/1']?.price).toMatch(/price/i);
    expect(errors.variants['gid://shop/ProductVariant/2']?.price).toMatch(/2 decimals|cents/i);
    expect(errors.variants['gid://shop/ProductVariant/2']?.compareAtPrice).toBeDefined();
  });

  it('keeps prices within the catalog’s bounds: more than 0, at most 1,000,000', () => {
    const errors = validateProduct(edit({}, { 0: { price: '0' }, 1: { price: '1000000.01' } }));
    expect(errors.variants['gid://shop/ProductVariant/1']?.price).toMatch(/more than 0/);
    expect(errors.variants['gid://shop/ProductVariant/2']?.price).toMatch(/1,000,000/);
  });

  it('limits tags to 250 of at most 255 characters', () => {
    expect(validateProduct(edit({ tags: 'x'.repeat(256) })).fields.tags).toMatch(/255/);
    expect(
      validateProduct(edit({ tags: Array.from({ length: 251 }, (_, i) => `t${i}`).join(',') })).fields.tags,
    ).toMatch(/250/);
  });

  it('wants a compare-at price above the price (or none)', () => {
    const errors = validateProduct(edit({}, { 1: { compareAtPrice: '100' } }));
    expect(errors.variants['gid://shop/ProductVariant/2']?.compareAtPrice).toMatch(/more than the price/i);
    expect(validateProduct(edit({}, { 1: { compareAtPrice: '' } })).variants).toEqual({});
  });
});

describe('productChanges', () => {
  it('sends nothing when nothing changed', () => {
    expect(productChanges(product, fromProduct(product))).toEqual({ input: null, prices: [] });
  });

  it('sends only the product fields that changed', () => {
    expect(productChanges(product, edit({ title: 'Trail boot II ', tags: 'boots, outdoor' }))).toEqual({
      input: { title: 'Trail boot II' },
      prices: [],
    });
    expect(productChanges(product, edit({ tags: 'outdoor, sale' })).input).toEqual({ tags: ['outdoor', 'sale'] });
  });

  it('sends the prices of changed variants only, as two-decimal strings, a cleared compare-at as null', () => {
    expect(productChanges(product, edit({}, { 0: { price: '99.5' }, 1: { compareAtPrice: ' ' } })).prices).toEqual([
      { variantId: 'gid://shop/ProductVariant/1', price: '99.50', compareAtPrice: null },
      { variantId: 'gid://shop/ProductVariant/2', price: '120.00', compareAtPrice: null },
    ]);
    // "120" is the price it already has.
    expect(productChanges(product, edit({}, { 0: { price: '120' } })).prices).toEqual([]);
  });
});

describe('mapProductUserErrors', () => {
  it('puts productUpdate errors under their field and variantPricesUpdate errors under the variant sent at that index', () => {
    const prices = [
      { variantId: 'gid://shop/ProductVariant/2', price: '1.00', compareAtPrice: null },
      { variantId: 'gid://shop/ProductVariant/1', price: '1.00', compareAtPrice: '0.50' },
    ];
    const mapped = mapProductUserErrors(
      [{ field: ['input', 'title'], message: 'Too long.', code: 'TOO_LONG' }],
      [
        { field: ['prices', '1', 'compareAtPrice'], message: 'Must be above the price.', code: 'INVALID' },
        { field: ['prices', '0', 'price'], message: 'Must be positive.', code: 'INVALID' },
      ],
      prices,
    );
    expect(mapped.errors).toEqual({
      fields: { title: 'Too long.' },
      variants: {
        'gid://shop/ProductVariant/1': { compareAtPrice: 'Must be above the price.' },
        'gid://shop/ProductVariant/2': { price: 'Must be positive.' },
      },
    });
    expect(mapped.message).toMatch(/correct/i);
  });

  it('keeps errors without a field it knows as the form message', () => {
    const mapped = mapProductUserErrors(
      [{ field: ['id'], message: 'No product with this id.', code: 'NOT_FOUND' }],
      [{ field: ['prices', '5', 'variantId'], message: 'Unknown variant.', code: 'NOT_FOUND' }],
      [],
    );
    expect(mapped.errors).toEqual({ fields: {}, variants: {} });
    expect(mapped.message).toBe('No product with this id. Unknown variant.');
  });
});

describe('stock', () => {
  it('is left alone when blank, else a whole number from 0 to 1,000,000', () => {
    expect(validateProduct(edit({}, { 0: { stock: '' } })).variants).toEqual({});
    expect(validateProduct(edit({}, { 0: { stock: '12' } })).variants).toEqual({});
    for (const bad of ['-1', '1.5', 'ten', '1000001']) {
      expect(
        validateProduct(edit({}, { 0: { stock: bad } })).variants['gid://shop/ProductVariant/1']?.stock,
        bad,
      ).toMatch(/whole number/i);
    }
  });

  it('becomes one inventorySet per variant with a figure', () => {
    expect(stockChanges(edit({}, { 1: { stock: ' 5 ' } }))).toEqual([
      { variantId: 'gid://shop/ProductVariant/2', quantity: 5 },
    ]);
  });

  it('maps an inventorySet error under the variant’s stock field', () => {
    const mapped = mapProductUserErrors(
      [],
      [],
      [],
      [
        {
          variantId: 'gid://shop/ProductVariant/2',
          userErrors: [{ field: ['quantity'], message: 'Below the units held.', code: 'BELOW_RESERVED' }],
        },
      ],
    );
    expect(mapped.errors.variants).toEqual({ 'gid://shop/ProductVariant/2': { stock: 'Below the units held.' } });
  });
});
