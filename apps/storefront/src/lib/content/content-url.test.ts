import { describe, expect, it } from 'vitest';
import { safeContentUrl } from './content-url';

describe('safeContentUrl', () => {
  it('keeps paths on the shop and https URLs', () => {
    expect(safeContentUrl('/collections/sale')).toBe('/collections/sale');
    expect(safeContentUrl('/pages/summer?x=1#top')).toBe('/pages/summer?x=1#top');
    expect(safeContentUrl('https://example.com/a')).toBe('https://example.com/a');
  });

  it('refuses script, data, protocol-relative and other schemes, however disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example/x',
      '/\\evil.example',
      'http://example.com',
      'mailto:a@b.c',
      'collections/sale',
      '',
      null,
      undefined,
    ]) {
      expect(safeContentUrl(url), String(url)).toBeNull();
    }
  });
});
