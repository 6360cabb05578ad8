import { IMAGE_WIDTHS } from '@commerce/schema/image-sizes';
import { describe, expect, it } from 'vitest';
import { openGraphImage, openGraphImageUrl } from './og-image';

// Crawlers follow redirects poorly and each one costs a request: the URL must be one the image
// service answers with a 200 (a served width and the image's current version).
describe('openGraphImageUrl', () => {
  const src = 'https://media.example/images/12.svg?v=abc123';

  it('asks for a JPEG at a width the image service serves', () => {
    const url = new URL(openGraphImageUrl(src));
    expect(url.origin + url.pathname).toBe('https://media.example/images/12.jpg');
    expect(IMAGE_WIDTHS).toContain(Number(url.searchParams.get('w')));
    // The served width nearest the 1200 px social networks ask for.
    expect(url.searchParams.get('w')).toBe('1280');
  });

  it('keeps the version and drops what the service would redirect away', () => {
    const url = new URL(openGraphImageUrl('https://media.example/images/12.webp?w=320&h=300&v=abc123'));
    expect([...url.searchParams.keys()].sort()).toEqual(['v', 'w']);
    expect(url.searchParams.get('v')).toBe('abc123');
    expect(url.searchParams.get('w')).toBe('1280');
  });
});

describe('openGraphImage', () => {
  it("declares the size the URL is served at, in the image's proportions", () => {
    expect(openGraphImage({ url: 'https://media.example/images/12.svg?v=a', width: 800, height: 1000 })).toMatchObject({
      width: 1280,
      height: 1600,
    });
    expect(openGraphImage({ url: 'https://media.example/images/12.svg?v=a' })).toEqual({
      url: expect.any(String),
      width: 1280,
    });
  });
});
