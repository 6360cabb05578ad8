import { IMAGE_WIDTHS } from '@commerce/schema/image-sizes';
import { describe, expect, it } from 'vitest';
import catalogImageLoader from './image-loader';

const src = 'https://media.example/images/12.svg?v=abc123';

describe('catalogImageLoader', () => {
  it('asks for WebP at a width the image service serves, keeping the version', () => {
    const url = new URL(catalogImageLoader({ src, width: 640 }));
    expect(url.pathname).toBe('/images/12.webp');
    expect(url.searchParams.get('w')).toBe('640');
    expect(url.searchParams.get('v')).toBe('abc123');
  });

  it('never asks for a width outside the shared list', () => {
    for (const width of [1, 95, 97, 601, 700, 2000, 3840]) {
      const w = Number(new URL(catalogImageLoader({ src, width })).searchParams.get('w'));
      expect(IMAGE_WIDTHS).toContain(w);
    }
    expect(new URL(catalogImageLoader({ src, width: 601 })).searchParams.get('w')).toBe('640');
  });

  it('drops a height the catalog put in the URL', () => {
    const url = new URL(catalogImageLoader({ src: `${src}&h=300`, width: 320 }));
    expect(url.searchParams.has('h')).toBe(false);
  });
});
