'use client';

import { useId, useState } from 'react';
import type { ProductChoice } from '@/lib/studio/picker-types';
import styles from './picker.module.css';

export interface ChosenImage {
  url: string;
  altText: string | null;
}

export interface ImageChooserProps {
  value: string | null;
  images: Record<string, ChosenImage>;
  onChange: (id: string | null, image: ChosenImage | null) => void;
  search: (query: string) => Promise<ProductChoice[]>;
  error?: string | null;
}

/** Chooses one of the catalog's images: find products, then pick one of their images. */
export function ImageChooser({ value, images, onChange, search, error }: ImageChooserProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProductChoice[] | null>(null);
  const chosen = value ? images[value] : undefined;

  async function runSearch() {
    setResults(await search(query));
  }

  return (
    <fieldset className={styles.picker} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>Image</legend>
      {value ? (
        <div className={styles.searchRow}>
          {chosen && (
            // eslint-disable-next-line @next/next/no-img-element -- a thumbnail the image service already sized
            <img src={chosen.url} alt={chosen.altText ?? ''} width={96} className={styles.thumb} />
          )}
          <button type="button" className={styles.button} onClick={() => onChange(null, null)}>
            Remove image
          </button>
        </div>
      ) : (
        <p className={styles.muted}>No image chosen.</p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.searchRow}>
        <label htmlFor={`${id}-query`}>Find images by product</label>
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
        <button type="button" className={styles.button} onClick={() => void runSearch()}>
          Find images
        </button>
      </div>
      {results && (
        <ul className={styles.imageGrid} aria-label="Images">
          {results.flatMap((product) =>
            product.images.flatMap((image, index) =>
              image.id ? (
                <li key={image.id}>
                  <button
                    type="button"
                    className={styles.imageButton}
                    aria-pressed={image.id === value}
                    onClick={() => onChange(image.id, { url: image.url, altText: image.altText })}
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail the image service already sized */}
                    <img src={image.url} alt="" width={96} className={styles.thumb} />
                    <span className={styles.hidden}>
                      Use image {index + 1} of {product.title}
                      {image.altText ? `: ${image.altText}` : ''}
                    </span>
                  </button>
                </li>
              ) : (
                []
              ),
            ),
          )}
          {results.length === 0 && <li>No products match.</li>}
        </ul>
      )}
    </fieldset>
  );
}
