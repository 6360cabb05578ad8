import { describe, expect, it } from 'vitest';
import { hasOverlongSegment, surrogateKeys } from './cache-handler.mjs';

describe('surrogateKeys', () => {
  it('keeps our tags and drops Next.js implicit path tags', () => {
    expect(surrogateKeys('_N_T_/layout,_N_T_/products/x,product:42,listings')).toBe('product:42 listings');
    expect(surrogateKeys(undefined)).toBe('');
  });
});

describe('hasOverlongSegment', () => {
  it('flags keys a file system could not store', () => {
    expect(hasOverlongSegment(`/collections/bags/${'x'.repeat(201)}`)).toBe(true);
    expect(hasOverlongSegment('/collections/bags/ZmlsdGVy')).toBe(false);
  });
});
