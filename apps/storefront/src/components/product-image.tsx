import { getImageProps } from 'next/image';
import { preconnect, preload } from 'react-dom';

export interface ProductImageProps {
  image: { url: string; altText?: string | null; width?: number | null; height?: number | null } | null;
  /** Fallback text when the image has none: the product's title. */
  alt: string;
  /** CSS `sizes`: how wide the image is shown, so the browser picks the right srcset width. */
  sizes: string;
  /** For the largest image above the fold only (the LCP element). */
  priority?: boolean;
}

/**
 * A catalog image: next/image's srcset from the image service (getImageProps), rendered as a
 * plain <img>, lazy unless priority. Not the <Image> component: that is a client component, so
 * every card on a page would hydrate one and carry its props in the page's payload, for
 * nothing an <img> does not do by itself (no blur placeholder here).
 */
export function ProductImage({ image, alt, sizes, priority = false }: ProductImageProps) {
  if (!image) return null;
  const { props } = getImageProps({
    src: image.url,
    alt: image.altText || alt,
    width: image.width ?? 1200,
    height: image.height ?? 1200,
    sizes,
    loading: priority ? 'eager' : 'lazy',
    // The likely LCP image: fetched first, not queued behind scripts and styles.
    fetchPriority: priority ? 'high' : undefined,
    style: { width: '100%', height: 'auto' },
  });
  if (priority) {
    // Images come from the media origin (the image service or its CDN): open that connection
    // early and name the image in the <head>, while the HTML still streams, so its download does
    // not wait for the <img> to be parsed. React emits each hint once per page.
    preconnect(new URL(image.url).origin);
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    });
  }
  // eslint-disable-next-line @next/next/no-img-element -- the <img> getImageProps is made for (see above)
  return <img {...props} />;
}
