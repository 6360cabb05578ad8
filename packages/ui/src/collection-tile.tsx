import type { ReactNode } from 'react';
import styles from './collection-tile.module.css';

export interface CollectionTileProps {
  href: string;
  title: string;
  /** Decorative image (give it alt=""): the title already names the link. */
  image?: ReactNode;
}

/** A link to a collection: an image box of fixed ratio with the title beneath. */
export function CollectionTile({ href, title, image }: CollectionTileProps) {
  return (
    <a href={href} className={styles.tile}>
      <span className={styles.media}>{image}</span>
      <span className={styles.title}>
        {title}
        <span className={styles.arrow} aria-hidden="true">
          →
        </span>
      </span>
    </a>
  );
}
