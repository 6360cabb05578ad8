'use client';

import { useId, useState } from 'react';
import type { ProductChoice } from '@/lib/studio/picker-types';
import styles from './picker.module.css';

export interface ProductPickerProps {
  label: string;
  value: readonly string[];
  titles: Record<string, string>;
  onChange: (ids: string[], titles: Record<string, string>) => void;
  search: (query: string) => Promise<ProductChoice[]>;
  error?: string | null;
}

/** Picked products in order (remove each), and a search of the catalog to add more. */
export function ProductPicker({ label, value, titles, onChange, search, error }: ProductPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProductChoice[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function runSearch() {
    setBusy(true);
    try {
      setResults(await search(query));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className={styles.picker} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>{label}</legend>
      {value.length ? (
        <ol className={styles.chosen}>
          {value.map((productId) => (
            <li key={productId}>
              <span>{titles[productId] ?? productId}</span>{' '}
              <button
                type="button"
                className={styles.button}
                onClick={() =>
                  onChange(
                    value.filter((other) => other !== productId),
                    {},
                  )
                }
              >
                Remove<span className={styles.hidden}> {titles[productId] ?? productId}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className={styles.muted}>No products picked yet.</p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.searchRow}>
        <label htmlFor={`${id}-query`}>Search products</label>
        <input
          id={`${id}-query`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void runSearch();
            }
          }}
        />
        <button
          type="button"
          className={styles.button}
          onClick={() => void runSearch()}
          aria-disabled={busy || undefined}
        >
          Search
        </button>
      </div>
      {results && (
        <ul className={styles.results} aria-live="polite" aria-label="Product search results">
          {results.length === 0 && <li>No products match.</li>}
          {results.map((product) => {
            const picked = value.includes(product.id);
            return (
              <li key={product.id}>
                <span>{product.title}</span>{' '}
                <button
                  type="button"
                  className={styles.button}
                  aria-disabled={picked || undefined}
                  onClick={() => {
                    if (!picked) onChange([...value, product.id], { [product.id]: product.title });
                  }}
                >
                  {picked ? 'Added' : 'Add'}
                  <span className={styles.hidden}> {product.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
