import type { ReactNode } from 'react';
import styles from './product-gallery.module.css';

export interface ProductGalleryProps {
  /** Names the region, e.g. "Images of Linen shirt". */
  label: string;
  /** Product images in order; the first is shown large. */
  images: ReactNode[];
}

/**
 * Product images: a swipeable row on phones, the first image large with the rest in a grid
 * below on wider screens. Every image sits in a square box, so nothing shifts while loading.
 */
export function ProductGallery({ label, images }: ProductGalleryProps) {
  if (images.length === 0) {
    return (
      <section aria-label={label} className={styles.gallery}>
        <div className={styles.placeholder}>
          <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
            <rect x="6" y="10" width="36" height="28" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="17" cy="20" r="3.5" fill="currentColor" />
            <path
              d="M8 34l11-10 8 7 5-4 8 7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          <span className="visually-hidden">No image available</span>
        </div>
      </section>
    );
  }

  const scrolls = images.length > 1;
  return (
    <section aria-label={label} className={styles.gallery}>
      {/* The row scrolls sideways on phones; tabIndex lets keyboard users scroll it too. */}
      <ul
        className={styles.list}
        role="list"
        tabIndex={scrolls ? 0 : undefined}
        aria-label={scrolls ? `${images.length} images` : undefined}
      >
        {images.map((image, index) => (
          <li key={index} className={index === 0 ? styles.primary : styles.item}>
            <div className={styles.frame}>{image}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
