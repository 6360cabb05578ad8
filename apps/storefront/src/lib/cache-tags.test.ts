import { describe, expect, it, vi } from 'vitest';

vi.mock('next/cache', () => ({ unstable_cache: vi.fn() }));
const { isValidTag, tagForId } = await import('./cache-tags');

describe('cache tags', () => {
  it('name a shop object by type and number', () => {
    expect(tagForId('gid://shop/Product/42')).toBe('product:42');
    expect(tagForId('gid://shop/Collection/7')).toBe('collection:7');
    expect(() => tagForId('42')).toThrow(/global id/);
  });

  it('accept only tag-shaped strings from outside', () => {
    expect(isValidTag('product:42')).toBe(true);
    expect(isValidTag('listings')).toBe(true);
    expect(isValidTag('page:home')).toBe(true);
    expect(isValidTag('product:42 collection:1')).toBe(false);
    expect(isValidTag('_N_T_/products/x')).toBe(false);
    expect(isValidTag('x'.repeat(200))).toBe(false);
  });
});
