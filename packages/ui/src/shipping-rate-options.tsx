import { useId } from 'react';
import { formatMoney, type MoneyValue } from './format-money';
import styles from './shipping-rate-options.module.css';

export interface ShippingRateView {
  handle: string;
  title: string;
  price: MoneyValue;
}

export interface ShippingRateOptionsProps {
  name: string;
  rates: ShippingRateView[];
  selected?: string | null;
  error?: string | null;
  /** Shown instead of the options while there are none (no address yet). */
  emptyText?: string;
  onChange?: (handle: string) => void;
}

/** Shipping rates as one radio group: arrow keys move between them, the price is part of each name. */
export function ShippingRateOptions({ name, rates, selected, error, emptyText, onChange }: ShippingRateOptionsProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? errorId : undefined}>
      <legend className={styles.legend}>Shipping method</legend>
      {rates.length === 0 && (
        <p className={styles.empty}>{emptyText ?? 'Enter your address to see shipping options.'}</p>
      )}
      <div className={styles.options}>
        {rates.map((rate) => {
          const optionId = `${id}-${rate.handle}`;
          return (
            <label key={rate.handle} htmlFor={optionId} className={styles.option}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={rate.handle}
                defaultChecked={rate.handle === selected}
                required
                onChange={onChange ? () => onChange(rate.handle) : undefined}
                className={styles.radio}
              />
              <span className={styles.title}>{rate.title}</span>
              <span className={styles.price}>
                {/^0+(\.0+)?$/.test(rate.price.amount) ? 'Free' : formatMoney(rate.price)}
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
