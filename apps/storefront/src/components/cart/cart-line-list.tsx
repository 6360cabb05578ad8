'use client';

import { CartLineItem } from '@commerce/ui';
import { ProductImage } from '@/components/product-image';
import { useCart } from './cart-provider';
import styles from './cart.module.css';

/** The cart's lines with quantity and remove controls; each line's error sits with it. */
export function CartLineList({ imageSizes }: { imageSizes: string }) {
  const { cart, errors, update, remove } = useCart();
  if (!cart) return null;
  return (
    <ul className={styles.lines} aria-label="Items in your cart">
      {cart.lines.map((line) => (
        <CartLineItem
          key={line.id}
          title={line.title}
          variantTitle={line.variantTitle}
          href={line.href}
          image={<ProductImage image={line.image} alt={line.title} sizes={imageSizes} />}
          quantity={line.quantity}
          unitPrice={line.unitPrice}
          compareAtUnitPrice={line.compareAtUnitPrice}
          total={line.total}
          pending={line.pending}
          error={errors.find((error) => error.target === line.id)?.message}
          onQuantityChange={line.pending ? undefined : (quantity) => void update(line.id, quantity)}
          onRemove={line.pending ? undefined : () => void remove(line.id)}
        />
      ))}
    </ul>
  );
}
