import { ProductGrid } from '@commerce/ui';
import { useId } from 'react';
import { ProductCardItem } from '@/components/product-card-item';
import type { ContentBlock } from '@/lib/content/content-page';
import { shownProducts } from '@/lib/content/page-tags';
import styles from './content-blocks.module.css';

type CollectionData = Extract<ContentBlock, { __typename: 'CollectionBlock' }>;

/** A collection's first `limit` products and a link to all of it; nothing when the collection is gone. */
export function CollectionBlock({ block, eager }: { block: CollectionData; eager: boolean }) {
  const headingId = useId();
  const collection = block.collection;
  if (!collection) return null;
  const title = block.collectionHeading ?? collection.title;
  const products = shownProducts(block);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.sectionHeader}>
        <h2 id={headingId}>{title}</h2>
        <a href={`/collections/${collection.handle}`}>
          View all<span className="visually-hidden"> {collection.title}</span>
        </a>
      </div>
      {products.length > 0 && (
        <ProductGrid label={title}>
          {products.map((product, index) => (
            <ProductCardItem key={product.id} product={product} priority={eager && index < 2} />
          ))}
        </ProductGrid>
      )}
    </section>
  );
}
