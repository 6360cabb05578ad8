import { nearestImageWidth } from '@commerce/schema/image-sizes';

/** Social networks ask for about 1200 px; the image service serves only the shared widths. */
const OPEN_GRAPH_WIDTH = nearestImageWidth(1200);

/**
 * Social networks do not all read WebP or SVG: a JPEG from the image service, at a served width
 * and with the version the catalog put in the URL, so crawlers get a 200 and no redirect.
 */
export function openGraphImageUrl(imageUrl: string): string {
  const url = new URL(imageUrl);
  const version = url.searchParams.get('v');
  url.pathname = url.pathname.replace(/\.[a-z0-9]+$/i, '.jpg');
  url.search = '';
  url.searchParams.set('w', String(OPEN_GRAPH_WIDTH));
  if (version) url.searchParams.set('v', version);
  return url.toString();
}

/**
 * The Open Graph image of a product image: its URL and the size that URL is served at (the
 * served width, the height in the image's proportions), so the page declares what it links.
 */
export function openGraphImage(image: { url: string; width?: number | null; height?: number | null }): {
  url: string;
  width: number;
  height?: number;
} {
  const url = openGraphImageUrl(image.url);
  if (!image.width || !image.height) return { url, width: OPEN_GRAPH_WIDTH };
  return { url, width: OPEN_GRAPH_WIDTH, height: Math.round((OPEN_GRAPH_WIDTH * image.height) / image.width) };
}
