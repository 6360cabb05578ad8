'use client';

import { useId } from 'react';
import styles from './studio-field.module.css';

export interface StudioFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and linked to it (aria-describedby), marking it invalid. */
  error?: string | null;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'number' | 'datetime-local';
  required?: boolean;
  maxLength?: number;
  options?: readonly { value: string; label: string }[];
}

/** A controlled, labelled input, textarea or select for the editor (TextField is uncontrolled). */
export function StudioField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  type = 'text',
  required,
  maxLength,
  options,
}: StudioFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    className: styles.control,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {options ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={6} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
