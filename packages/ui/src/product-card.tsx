import type { ReactNode } from 'react';
import { cx } from './class-names';
import { isOnSale } from './compare-amounts';
import type { MoneyValue } from './format-money';
import { Price } from './price';
import styles from './product-card.module.css';

export interface ProductCardProps {
  href: string;
  title: string;
  vendor?: string | null;
  /** The product image (the storefront renders next/image here); it fills a square box. */
  image: ReactNode;
  price: MoneyValue;
  maxPrice?: MoneyValue | null;
  compareAtPrice?: MoneyValue | null;
  soldOut?: boolean;
}

/**
 * A product in a grid. Only the title is a link, so its accessible name stays the title; a
 * stretched ::after makes the whole card clickable without nesting everything in the link.
 */
export function ProductCard({
  href,
  title,
  vendor,
  image,
  price,
  maxPrice,
  compareAtPrice,
  soldOut = false,
}: ProductCardProps) {
  const onSale = isOnSale(price, compareAtPrice);
  return (
    <article className={cx(styles.card, soldOut && styles.soldOut)}>
      <div className={styles.media}>{image}</div>
      {(onSale || soldOut) && (
        <ul className={styles.badges} role="list">
          {onSale && <li className={cx(styles.badge, styles.saleBadge)}>Sale</li>}
          {soldOut && <li className={cx(styles.badge, styles.soldOutBadge)}>Sold out</li>}
        </ul>
      )}
      <div className={styles.body}>
        {vendor && <p className={styles.vendor}>{vendor}</p>}
        <h3 className={styles.title}>
          <a href={href} className={styles.link}>
            {title}
          </a>
        </h3>
        <Price price={price} maxPrice={maxPrice} compareAtPrice={compareAtPrice} />
      </div>
    </article>
  );
}
