'use client';

import { useId } from 'react';
import { cx } from './class-names';
import styles from './variant-picker.module.css';

export interface VariantOptionValueView {
  value: string;
  /** False when no variant with this value is in stock; it stays selectable. */
  available: boolean;
  selected: boolean;
}

export interface VariantOptionView {
  name: string;
  values: VariantOptionValueView[];
}

export interface VariantPickerProps {
  options: VariantOptionView[];
  onSelect: (name: string, value: string) => void;
}

/**
 * One radio group per option (Color, Size), drawn as pills. Real radios give the native
 * keyboard behaviour (Tab into the group, arrows to move) and the checked state for free.
 */
export function VariantPicker({ options, onSelect }: VariantPickerProps) {
  const baseId = useId();
  return (
    <div className={styles.picker}>
      {options.map((option, optionIndex) => {
        const selected = option.values.find((value) => value.selected);
        const group = `${baseId}-${optionIndex}`;
        return (
          <fieldset key={option.name} className={styles.option}>
            <legend className={styles.legend}>
              {option.name}
              {selected && (
                <>
                  : <span className={styles.selectedValue}>{selected.value}</span>
                </>
              )}
            </legend>
            <div className={styles.values}>
              {option.values.map((value, valueIndex) => {
                const id = `${group}-${valueIndex}`;
                return (
                  <div key={value.value} className={styles.value}>
                    <input
                      type="radio"
                      id={id}
                      name={group}
                      value={value.value}
                      checked={value.selected}
                      onChange={() => onSelect(option.name, value.value)}
                      className={styles.input}
                    />
                    <label htmlFor={id} className={cx(styles.pill, !value.available && styles.unavailable)}>
                      {value.value}
                      {!value.available && <span className="visually-hidden"> (sold out)</span>}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
