import { useId } from 'react';
import { Button } from './button';
import styles from './search-form.module.css';

export interface SearchFormProps {
  action: string;
  /** Query parameter name, e.g. "q". */
  name: string;
  /** Visible label; also names the search landmark. */
  label: string;
  defaultValue?: string;
  placeholder?: string;
}

/** The large search form of the search page; a GET form, so it works without JavaScript. */
export function SearchForm({ action, name, label, defaultValue, placeholder }: SearchFormProps) {
  const id = useId();
  const labelId = `${id}-label`;
  return (
    <form role="search" action={action} method="get" aria-labelledby={labelId} className={styles.form}>
      <label id={labelId} htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          type="search"
          name={name}
          defaultValue={defaultValue}
          placeholder={placeholder}
          className={styles.input}
          enterKeyHint="search"
        />
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}
