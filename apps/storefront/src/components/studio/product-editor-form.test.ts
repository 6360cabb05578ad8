import { describe, expect, it } from 'vitest';
import { draftFromForm, loadedFromForm, serializeLoaded } from './product-editor-form';
import { fromProduct, productChanges } from './product-editor-state';

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

describe('draftFromForm', () => {
  it('reads the fields and each known variant’s price, compare-at price and stock', () => {
    const form = new FormData();
    form.set('title', 'New');
    form.set('description', 'Text');
    form.set('tags', 'a, b');
    form.set('price:gid://shop/ProductVariant/1', '10');
    form.set('compareAtPrice:gid://shop/ProductVariant/1', '');
    form.set('stock:gid://shop/ProductVariant/1', '7');
    form.set('price:gid://shop/ProductVariant/99', '1');
    const draft = draftFromForm(form, product);
    expect(draft).toEqual({
      title: 'New',
      description: 'Text',
      tags: 'a, b',
      variants: [
        { id: 'gid://shop/ProductVariant/1', title: '42', price: '10', compareAtPrice: '', stock: '7' },
        { id: 'gid://shop/ProductVariant/2', title: '43', price: '', compareAtPrice: '', stock: '' },
      ],
    });
  });
});

describe('loadedFromForm', () => {
  it('reads the values the form was loaded with, so a save sends only what this editor changed', () => {
    const form = new FormData();
    form.set('loaded', serializeLoaded(product));
    const loaded = loadedFromForm(form, { ...product, title: 'Renamed meanwhile by someone else' });
    expect(loaded.title).toBe('Trail boot');
    // The title was not touched here: it is not sent, and the other change stays.
    expect(productChanges(loaded, fromProduct(product)).input).toBeNull();
  });

  it('falls back to the product as it is now when the loaded values are missing or unreadable', () => {
    const now = { ...product, title: 'Now' };
    const form = new FormData();
    expect(loadedFromForm(form, now)).toBe(now);
    form.set('loaded', '{"title": 5}');
    expect(loadedFromForm(form, now)).toBe(now);
  });
});
