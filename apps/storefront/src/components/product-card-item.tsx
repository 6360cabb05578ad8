import { ProductCard } from '@commerce/ui';
import type { ProductCardFragment } from '../lib/graphql/generated/graphql';
import { ProductImage } from './product-image';

export interface ProductCardItemProps {
  product: ProductCardFragment;
  /** The first row of a list is above the fold on most screens: load it eagerly. */
  priority?: boolean;
}

const CARD_SIZES = '(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 48vw';

/** Maps the API's product to the plain props of the UI card. */
export function ProductCardItem({ product, priority = false }: ProductCardItemProps) {
  const compareAt = product.compareAtPriceRange?.minVariantPrice ?? null;
  return (
    <ProductCard
      href={`/products/${product.handle}`}
      title={product.title}
      vendor={product.vendor}
      image={<ProductImage image={product.featuredImage} alt={product.title} sizes={CARD_SIZES} priority={priority} />}
      price={product.priceRange.minVariantPrice}
      maxPrice={product.priceRange.maxVariantPrice}
      compareAtPrice={compareAt}
      soldOut={!product.availableForSale}
    />
  );
}
