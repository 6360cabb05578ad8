import type { ProductErrors, VariantPriceDraft } from './product-editor-state';
import styles from './product-editor.module.css';

export interface ProductEditorVariantsProps {
  variants: VariantPriceDraft[];
  errors: ProductErrors['variants'];
  currencyCode: string;
  available: Record<string, number | null>;
  canSetStock: boolean;
}

/** One fieldset per variant: price, compare-at price and (merchandisers) units on hand. */
export function ProductEditorVariants({
  variants,
  errors,
  currencyCode,
  available,
  canSetStock,
}: ProductEditorVariantsProps) {
  return (
    <div className={styles.variants}>
      <h2>Variants</h2>
      {variants.map((variant, index) => {
        const field = (name: 'price' | 'compareAtPrice' | 'stock', label: string, hint?: string) => {
          const id = `variant-${index}-${name}`;
          const error = errors[variant.id]?.[name];
          const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
          return (
            <div className={styles.field}>
              <label htmlFor={id}>{label}</label>
              {hint && (
                <p id={`${id}-hint`} className={styles.hint}>
                  {hint}
                </p>
              )}
              <input
                id={id}
                name={`${name}:${variant.id}`}
                inputMode={name === 'stock' ? 'numeric' : 'decimal'}
                defaultValue={variant[name]}
                aria-invalid={error ? true : undefined}
                aria-describedby={described}
              />
              {error && (
                <p id={`${id}-error`} className={styles.error}>
                  {error}
                </p>
              )}
            </div>
          );
        };
        const free = available[variant.id];
        return (
          <fieldset key={variant.id} className={styles.variant}>
            <legend>{variant.title}</legend>
            {field('price', `Price (${currencyCode})`)}
            {field(
              'compareAtPrice',
              `Compare-at price (${currencyCode})`,
              'The price before the sale; leave empty for none.',
            )}
            {canSetStock &&
              field(
                'stock',
                'Units on hand',
                // Exact stock is shown only where the shop shows it (the API answers null otherwise).
                `Leave empty to keep stock as it is.${typeof free === 'number' ? ` ${free} available now.` : ''}`,
              )}
          </fieldset>
        );
      })}
    </div>
  );
}
