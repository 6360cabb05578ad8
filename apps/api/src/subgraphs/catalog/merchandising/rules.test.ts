import { describe, expect, it } from 'vitest';
import { checkPriceInputs, checkProductInput, descriptionToHtml, MAX_DESCRIPTION_BYTES } from './rules.js';

const errorsOf = (result: { errors: Array<{ field: string[] | null; code: string }> }) =>
  result.errors.map((error) => `${error.field?.join('.')}:${error.code}`);

const price = (variantId: string, value: string, compareAtPrice: string | null = null) => ({
  variantId,
  price: value,
  compareAtPrice,
});
const V1 = 'gid://shop/ProductVariant/1';
const V2 = 'gid://shop/ProductVariant/2';

describe('checkPriceInputs', () => {
  it('accepts prices with up to two decimals and normalises them to two places', () => {
    const result = checkPriceInputs([price(V1, '24.9', '30'), price(V2, '1000000')]);
    expect(result.errors).toEqual([]);
    expect(result.prices).toEqual([
      { variantId: 1, price: '24.90', compareAtPrice: '30.00' },
      { variantId: 2, price: '1000000.00', compareAtPrice: null },
    ]);
  });

  it.each([
    ['three decimals', price(V1, '24.999'), 'prices.0.price:INVALID'],
    ['an exponent', price(V1, '1e3'), 'prices.0.price:INVALID'],
    ['words', price(V1, 'free'), 'prices.0.price:INVALID'],
    ['an empty string', price(V1, ''), 'prices.0.price:INVALID'],
    ['zero', price(V1, '0.00'), 'prices.0.price:LESS_THAN'],
    ['a negative price', price(V1, '-5'), 'prices.0.price:LESS_THAN'],
    ['more than a million', price(V1, '1000000.01'), 'prices.0.price:GREATER_THAN_MAX'],
    ['a huge number', price(V1, '99999999999999999999'), 'prices.0.price:GREATER_THAN_MAX'],
    ['a compare-at price equal to the price', price(V1, '10', '10.00'), 'prices.0.compareAtPrice:INVALID'],
    ['a compare-at price under the price', price(V1, '10', '9.99'), 'prices.0.compareAtPrice:INVALID'],
    ['a compare-at price with three decimals', price(V1, '10', '19.999'), 'prices.0.compareAtPrice:INVALID'],
    ['a malformed variant id', price('gid://shop/ProductVariant/x', '10'), 'prices.0.variantId:INVALID'],
    ['another type of id', price('gid://shop/Product/1', '10'), 'prices.0.variantId:NOT_FOUND'],
  ])('refuses %s', (_name, input, error) => {
    expect(errorsOf(checkPriceInputs([input]))).toEqual([error]);
  });

  it('refuses an empty list, too many prices and a variant named twice', () => {
    expect(errorsOf(checkPriceInputs([]))).toEqual(['prices:INVALID']);
    const many = Array.from({ length: 251 }, (_, i) => price(`gid://shop/ProductVariant/${i + 1}`, '1'));
    expect(errorsOf(checkPriceInputs(many))).toEqual(['prices:TOO_LONG']);
    expect(errorsOf(checkPriceInputs([price(V1, '1'), price(V1, '2')]))).toEqual(['prices.1.variantId:INVALID']);
  });
});

describe('checkProductInput', () => {
  it('trims the title and tags and makes the description escaped HTML', () => {
    const result = checkProductInput({
      title: '  Trail runner  ',
      tags: [' sale ', 'new'],
      description: 'Light <b>& fast</b>.\n\nSecond "paragraph".',
    });
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual({
      title: 'Trail runner',
      tags: ['sale', 'new'],
      description: 'Light <b>& fast</b>.\n\nSecond "paragraph".',
      descriptionHtml: '<p>Light &lt;b&gt;&amp; fast&lt;/b&gt;.</p><p>Second &quot;paragraph&quot;.</p>',
    });
  });

  it('changes only what is given, and an empty description clears it', () => {
    expect(checkProductInput({ tags: [] }).changes).toEqual({ tags: [] });
    expect(checkProductInput({ description: '' }).changes).toEqual({ description: '', descriptionHtml: '' });
  });

  it.each([
    ['nothing to change', {}, 'input:INVALID'],
    ['a null title', { title: null }, 'input.title:INVALID'],
    ['an empty title', { title: '   ' }, 'input.title:INVALID'],
    ['a title of 256 characters', { title: 'x'.repeat(256) }, 'input.title:TOO_LONG'],
    ['a title with control characters', { title: 'a\u0000b' }, 'input.title:INVALID'],
    ['251 tags', { tags: Array.from({ length: 251 }, (_, i) => `t${i}`) }, 'input.tags:TOO_LONG'],
    ['an empty tag', { tags: ['ok', ' '] }, 'input.tags.1:INVALID'],
    ['a tag of 256 characters', { tags: ['y'.repeat(256)] }, 'input.tags.0:TOO_LONG'],
    [
      'a description over 64 KB',
      { description: 'é'.repeat(MAX_DESCRIPTION_BYTES / 2 + 1) },
      'input.description:TOO_LONG',
    ],
  ])('refuses %s', (_name, input, error) => {
    expect(errorsOf(checkProductInput(input as Parameters<typeof checkProductInput>[0]))).toEqual([error]);
  });

  it('accepts a title of exactly 255 characters and 250 tags', () => {
    expect(checkProductInput({ title: 'x'.repeat(255) }).errors).toEqual([]);
    expect(checkProductInput({ tags: Array.from({ length: 250 }, (_, i) => `t${i}`) }).errors).toEqual([]);
  });
});

describe('descriptionToHtml', () => {
  it('keeps line breaks inside a paragraph and drops control characters', () => {
    expect(descriptionToHtml('one\ntwo\r\n\r\nthree\u0007')).toBe('<p>one<br>two</p><p>three</p>');
  });
  it('never lets markup through', () => {
    expect(descriptionToHtml('<script>alert(1)</script><img src=x onerror=alert(1)>')).not.toMatch(/<(script|img)/);
  });
});
