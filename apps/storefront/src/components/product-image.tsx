import Image from 'next/image';
import { preconnect } from 'react-dom';

export interface ProductImageProps {
  image: { url: string; altText?: string | null; width?: number | null; height?: number | null } | null;
  /** Fallback text when the image has none: the product's title. */
  alt: string;
  /** CSS `sizes`: how wide the image is shown, so the browser picks the right srcset width. */
  sizes: string;
  /** For the largest image above the fold only (the LCP element). */
  priority?: boolean;
}

/** A catalog image through next/image: srcset from the image service, lazy unless priority. */
export function ProductImage({ image, alt, sizes, priority = false }: ProductImageProps) {
  if (!image) return null;
  // Images come from the media origin (the image service or its CDN): open that connection
  // early, while the HTML still streams. React emits the hint once per page.
  if (priority) preconnect(new URL(image.url).origin);
  return (
    <Image
      src={image.url}
      alt={image.altText || alt}
      width={image.width ?? 1200}
      height={image.height ?? 1200}
      sizes={sizes}
      priority={priority}
      // The likely LCP image: fetched first, not queued behind scripts and styles.
      fetchPriority={priority ? 'high' : undefined}
      style={{ width: '100%', height: 'auto' }}
    />
  );
}
