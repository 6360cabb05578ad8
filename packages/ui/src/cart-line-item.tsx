'use client';

import { useId, type ReactNode } from 'react';
import { cx } from './class-names';
import { formatMoney, type MoneyValue } from './format-money';
import { Price } from './price';
import { QuantityStepper } from './quantity-stepper';
import styles from './cart-line-item.module.css';

export interface CartLineItemProps {
  title: string;
  /** "Navy / M"; omitted for a product's only variant ("Default Title"). */
  variantTitle?: string | null;
  href: string;
  /** The product image, rendered by the app (next/image stays out of this package). */
  image?: ReactNode;
  quantity: number;
  maxQuantity?: number;
  unitPrice: MoneyValue;
  compareAtUnitPrice?: MoneyValue | null;
  total: MoneyValue;
  /** A change is on its way to the server: the line is dimmed and announced busy. */
  pending?: boolean;
  /** What the server said about this line ("Only 2 left"), read with its quantity field. */
  error?: string | null;
  onQuantityChange?: (quantity: number) => void;
  onRemove?: () => void;
}

/** One cart line: image, names, unit price, a quantity stepper, remove, and the line total. */
export function CartLineItem(props: CartLineItemProps) {
  const { title, variantTitle, href, image, quantity, maxQuantity, unitPrice, compareAtUnitPrice, total } = props;
  const { pending, error, onQuantityChange, onRemove } = props;
  const errorId = `${useId()}-error`;
  const name = variantTitle ? `${title} (${variantTitle})` : title;
  return (
    <li className={cx(styles.line, pending && styles.pending)} aria-busy={pending || undefined}>
      <div className={styles.image}>{image}</div>
      <div className={styles.details}>
        <a href={href} className={styles.title}>
          {title}
        </a>
        {variantTitle && <p className={styles.variant}>{variantTitle}</p>}
        <Price price={unitPrice} compareAtPrice={compareAtUnitPrice} />
        <div className={styles.controls}>
          {onQuantityChange ? (
            <QuantityStepper
              label={`Quantity of ${name}`}
              value={quantity}
              max={maxQuantity}
              disabled={pending}
              describedBy={error ? errorId : undefined}
              onChange={onQuantityChange}
            />
          ) : (
            <p>Quantity: {quantity}</p>
          )}
          {onRemove && (
            <button type="button" className={styles.remove} onClick={onRemove} disabled={pending}>
              Remove<span className="visually-hidden"> {name}</span>
            </button>
          )}
        </div>
        {error && (
          <p id={errorId} className={styles.error}>
            {error}
          </p>
        )}
      </div>
      <p className={styles.total}>
        <span className="visually-hidden">Line total </span>
        {formatMoney(total)}
      </p>
    </li>
  );
}
