import { useId } from 'react';
import { cx } from './class-names';
import styles from './text-field.module.css';

export interface SelectFieldProps {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  autoComplete?: string;
  required?: boolean;
  defaultValue?: string;
  /** A first, empty choice ("Choose a country"); without it the first option is preselected. */
  placeholder?: string;
  error?: string | null;
}

/** A labelled native select, styled and described like TextField. */
export function SelectField({
  label,
  name,
  options,
  autoComplete,
  required,
  defaultValue,
  placeholder,
  error,
}: SelectFieldProps) {
  const id = `${name}-${useId()}`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        autoComplete={autoComplete}
        required={required}
        defaultValue={defaultValue ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className={cx(styles.input, error && styles.invalid)}
      >
        {placeholder != null && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
