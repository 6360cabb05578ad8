'use client';

import { useId, useState } from 'react';
import type { CollectionChoice } from '@/lib/studio/picker-types';
import styles from './picker.module.css';

export interface CollectionPickerProps {
  value: string | null;
  titles: Record<string, string>;
  onChange: (id: string, title: string) => void;
  load: () => Promise<CollectionChoice[]>;
  error?: string | null;
}

/** The chosen collection, and the shop's collections filtered by the words typed. */
export function CollectionPicker({ value, titles, onChange, load, error }: CollectionPickerProps) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [collections, setCollections] = useState<CollectionChoice[] | null>(null);

  async function ensureLoaded() {
    if (!collections) setCollections(await load());
  }

  const words = filter.trim().toLowerCase();
  const shown = (collections ?? []).filter(
    (collection) => !words || `${collection.title} ${collection.handle}`.toLowerCase().includes(words),
  );

  return (
    <fieldset className={styles.picker} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>Collection</legend>
      <p>{value ? `Chosen: ${titles[value] ?? value}` : 'No collection chosen yet.'}</p>
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.searchRow}>
        <label htmlFor={`${id}-filter`}>Search collections</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          onFocus={() => void ensureLoaded()}
          onChange={(event) => {
            setFilter(event.target.value);
            void ensureLoaded();
          }}
        />
      </div>
      {collections && (
        <ul className={styles.results} aria-label="Collections">
          {shown.slice(0, 20).map((collection) => (
            <li key={collection.id}>
              <span>{collection.title}</span>{' '}
              <button
                type="button"
                className={styles.button}
                aria-pressed={collection.id === value}
                onClick={() => onChange(collection.id, collection.title)}
              >
                Choose<span className={styles.hidden}> {collection.title}</span>
              </button>
            </li>
          ))}
          {shown.length === 0 && <li>No collections match.</li>}
        </ul>
      )}
    </fieldset>
  );
}
