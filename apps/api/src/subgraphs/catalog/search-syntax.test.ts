import { describe, expect, it } from 'vitest';
import { parseProductQuery } from './search-syntax.js';

describe('parseProductQuery', () => {
  it('splits fields from free words', () => {
    const parsed = parseProductQuery('tag:sale vendor:"Blue Fox" running snekers product_type:Sneakers');
    expect(parsed.words).toBe('running snekers');
    expect(parsed.filters.tags).toEqual(['sale']);
    expect(parsed.filters.vendors).toEqual(['Blue Fox']);
    expect(parsed.filters.productTypes).toEqual(['Sneakers']);
  });

  it('reads available_for_sale and title', () => {
    const parsed = parseProductQuery('available_for_sale:true title:hoodie');
    expect(parsed.filters.availability).toEqual([true]);
    expect(parsed.titleContains).toEqual(['hoodie']);
    expect(parsed.words).toBe('');
  });

  it('keeps unknown fields and bad values as words, and drops exclusions', () => {
    const parsed = parseProductQuery('color:red available_for_sale:maybe -tag:sale boots');
    expect(parsed.words).toBe('color:red available_for_sale:maybe boots');
    expect(parsed.filters.tags).toEqual([]);
  });

  it('handles empty and odd input', () => {
    expect(parseProductQuery(null).words).toBe('');
    expect(parseProductQuery('   ').words).toBe('');
    expect(parseProductQuery('%%% \' " ;--').words).toContain('%%%');
  });
});
