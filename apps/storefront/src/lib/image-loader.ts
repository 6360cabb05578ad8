// No 'use client' (Next's docs put one here for <Image loader>): the server calls this loader too,
// through getImageProps in ProductImage, and a client module would reach it as a reference.
import { nearestImageWidth } from '@commerce/schema/image-sizes';
import type { ImageLoaderProps } from 'next/image';

/**
 * next/image asks for each srcset width; the catalog's image service resizes and encodes, so
 * the storefront spends no CPU on images. WebP is what every supported browser takes; the
 * service caches each size once. It serves only the shared widths (anything else costs a
 * redirect), and the `v` version the catalog put in the URL is kept: it is what makes the
 * response immutable.
 */
export default function catalogImageLoader({ src, width }: ImageLoaderProps): string {
  const url = new URL(src);
  url.pathname = url.pathname.replace(/\.[a-z0-9]+$/i, '.webp');
  url.searchParams.delete('h');
  url.searchParams.set('w', String(nearestImageWidth(width)));
  return url.toString();
}
