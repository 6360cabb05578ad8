'use client';

import { useId } from 'react';
import styles from './quantity-stepper.module.css';

export interface QuantityStepperProps {
  /** What is counted, for the accessible names: "Quantity of Canvas Tote". */
  label: string;
  value: number;
  min?: number;
  max?: number;
  disabled?: boolean;
  /** Id of a message about this quantity (a stock error), read with the field. */
  describedBy?: string;
  /** Called with the new quantity, already kept within min…max. */
  onChange: (quantity: number) => void;
}

/**
 * A number field with − and + buttons. The field stays a real `<input type="number">`, so
 * typing and arrow keys work; the buttons are labelled with what they change, since "−" alone
 * says nothing to a screen reader.
 */
export function QuantityStepper({
  label,
  value,
  min = 1,
  max = 999,
  disabled,
  describedBy,
  onChange,
}: QuantityStepperProps) {
  const id = useId();
  const clamp = (quantity: number) => Math.min(max, Math.max(min, quantity));
  return (
    <div className={styles.stepper}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <button
        type="button"
        className={styles.step}
        aria-label={`Decrease ${label.toLowerCase()}`}
        disabled={disabled || value <= min}
        onClick={() => onChange(clamp(value - 1))}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        className={styles.input}
        value={value}
        min={min}
        max={max}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={describedBy ? true : undefined}
        onChange={(event) => {
          const typed = Number.parseInt(event.target.value, 10);
          if (Number.isFinite(typed)) onChange(clamp(typed));
        }}
      />
      <button
        type="button"
        className={styles.step}
        aria-label={`Increase ${label.toLowerCase()}`}
        disabled={disabled || value >= max}
        onClick={() => onChange(clamp(value + 1))}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
