import { useId } from 'react';
import { cx } from './class-names';
import styles from './text-field.module.css';

export interface TextFieldProps {
  label: string;
  name: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  autoComplete?: string;
  required?: boolean;
  defaultValue?: string;
  minLength?: number;
  maxLength?: number;
  /** Shown under the field in words, linked to the input and marking it invalid. */
  error?: string | null;
  hint?: string | null;
}

/** A labelled input whose hint and error are read with it (aria-describedby). */
export function TextField({
  label,
  name,
  type = 'text',
  autoComplete,
  required,
  defaultValue,
  minLength,
  maxLength,
  error,
  hint,
}: TextFieldProps) {
  // useId keeps ids unique when two forms on one page share a field name ("email").
  const id = `${name}-${useId()}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={defaultValue}
        minLength={minLength}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx(styles.input, error && styles.invalid)}
      />
      {error && (
        <p id={errorId} className={styles.error}>
          <svg
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
            className={styles.errorIcon}
          >
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4.2v4.6M8 10.9v.9" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          {error}
        </p>
      )}
    </div>
  );
}
