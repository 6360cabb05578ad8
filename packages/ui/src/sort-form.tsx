'use client';

import { useId, useSyncExternalStore } from 'react';
import { Button } from './button';
import styles from './sort-form.module.css';

export interface SortFormProps {
  action: string;
  /** Query parameter name, e.g. "sort". */
  name: string;
  options: { value: string; label: string }[];
  value: string;
  /** Other query parameters to keep (filters, search term), as [name, value] pairs. */
  hiddenParams: [string, string][];
  label?: string;
}

const subscribe = () => () => undefined;

/**
 * A GET form, so sorting works before (or without) JavaScript via the "Sort" button. Once
 * hydrated, changing the select submits the form and the button is removed.
 */
export function SortForm({ action, name, options, value, hiddenParams, label = 'Sort by' }: SortFormProps) {
  const id = useId();
  // False on the server and during hydration, true afterwards: no effect, no mismatch.
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <form action={action} method="get" className={styles.form}>
      {hiddenParams.map(([param, paramValue], index) => (
        <input key={`${param}-${index}`} type="hidden" name={param} value={paramValue} />
      ))}
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.control}>
        <select
          key={value}
          id={id}
          name={name}
          defaultValue={value}
          className={styles.select}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <svg className={styles.chevron} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M4 6l4 4 4-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </div>
      <Button type="submit" variant="secondary" hidden={hydrated}>
        Sort
      </Button>
    </form>
  );
}
