import { useId } from 'react';
import { Button } from './button';
import styles from './price-filter.module.css';

export interface PriceFilterView {
  /** The listing URL the GET form submits to. */
  action: string;
  /** Other query parameters to keep (sort, other filters, search term). */
  hiddenParams: [string, string][];
  minName: string;
  maxName: string;
  min?: string;
  max?: string;
  minPlaceholder?: string;
  maxPlaceholder?: string;
  currencyCode: string;
}

/** Min/max price as a plain GET form: works without JavaScript, keeps the other filters. */
export function PriceFilter({
  action,
  hiddenParams,
  minName,
  maxName,
  min,
  max,
  minPlaceholder,
  maxPlaceholder,
  currencyCode,
}: PriceFilterView) {
  const id = useId();
  return (
    <form action={action} method="get" className={styles.form}>
      {hiddenParams.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <fieldset className={styles.fields}>
        <legend className="visually-hidden">Price range in {currencyCode}</legend>
        <div className={styles.field}>
          <label htmlFor={`${id}-min`} className={styles.label}>
            Min
          </label>
          <input
            id={`${id}-min`}
            type="number"
            name={minName}
            defaultValue={min}
            placeholder={minPlaceholder}
            min="0"
            step="0.01"
            inputMode="decimal"
            className={styles.input}
          />
        </div>
        <span className={styles.dash} aria-hidden="true">
          –
        </span>
        <div className={styles.field}>
          <label htmlFor={`${id}-max`} className={styles.label}>
            Max
          </label>
          <input
            id={`${id}-max`}
            type="number"
            name={maxName}
            defaultValue={max}
            placeholder={maxPlaceholder}
            min="0"
            step="0.01"
            inputMode="decimal"
            className={styles.input}
          />
        </div>
      </fieldset>
      <p className={styles.currency}>Prices in {currencyCode}</p>
      <Button type="submit" variant="secondary" className={styles.apply}>
        Apply
      </Button>
    </form>
  );
}
