import { ProductGrid } from '@commerce/ui';
import { useId } from 'react';
import { ProductCardItem } from '@/components/product-card-item';
import type { ContentBlock } from '@/lib/content/content-page';
import styles from './content-blocks.module.css';

type GridData = Extract<ContentBlock, { __typename: 'ProductGridBlock' }>;

/** Hand-picked products in the marketer's order; products deleted since are already left out by the API. */
export function ProductGridBlock({ block, eager }: { block: GridData; eager: boolean }) {
  const headingId = useId();
  if (block.products.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={block.gridHeading ? headingId : undefined}>
      {block.gridHeading && <h2 id={headingId}>{block.gridHeading}</h2>}
      <ProductGrid label={block.gridHeading ?? 'Products'}>
        {block.products.map((product, index) => (
          <ProductCardItem key={product.id} product={product} priority={eager && index < 2} />
        ))}
      </ProductGrid>
    </section>
  );
}
