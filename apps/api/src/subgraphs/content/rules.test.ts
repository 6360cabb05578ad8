import { describe, expect, it } from 'vitest';
import { isSafeUrl, isValidHandle, isValidSplit, pageTags, pickVariant } from './rules.js';

describe('content rules', () => {
  it('accepts shop paths and https URLs only', () => {
    for (const url of ['/', '/collections/sale', '/pages/winter-sale?x=1#top', 'https://help.example.com/a']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of [
      '',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'http://example.com',
      '//evil.example',
      '/\\evil.example',
      'https://user:pass@example.com',
      'mailto:a@b.c',
      `/${'a'.repeat(2000)}`,
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });

  it('checks handles, splits and variants', () => {
    expect(isValidHandle('winter-sale-2')).toBe(true);
    for (const handle of ['Winter', 'a--b', '-a', 'a-', 'a b', 'a'.repeat(101), ''])
      expect(isValidHandle(handle)).toBe(false);
    expect([0, 5, 10, 50, 90, 95, 100].map(isValidSplit)).toEqual([false, false, true, true, true, false, false]);
    expect([undefined, null, 'a', 'b', 'B', 'c'].map(pickVariant)).toEqual(['a', 'a', 'a', 'b', 'a', 'a']);
  });

  it('tags a page by id and by every handle, with page:home for the home page', () => {
    expect(pageTags(3, ['old', 'new', null, 'new'])).toEqual([
      'page:3',
      'page-handle:old',
      'page-handle:new',
      'sitemap',
    ]);
    expect(pageTags(7, ['home'])).toEqual(['page:7', 'page-handle:home', 'page:home', 'sitemap']);
  });
});
