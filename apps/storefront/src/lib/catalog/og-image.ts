/** Social networks do not all read WebP or SVG: a 1200 px JPEG from the image service. */
export function openGraphImageUrl(imageUrl: string): string {
  const url = new URL(imageUrl);
  url.pathname = url.pathname.replace(/\.[a-z0-9]+$/i, '.jpg');
  url.search = '';
  url.searchParams.set('w', '1200');
  return url.toString();
}
