import { ActiveFilters, type ActiveFilterView } from './active-filters';
import { cx } from './class-names';
import styles from './facet-list.module.css';
import { PriceFilter, type PriceFilterView } from './price-filter';

export type { ActiveFilterView } from './active-filters';
export type { PriceFilterView } from './price-filter';

export interface FacetValueView {
  id: string;
  label: string;
  count: number;
  /** The listing URL with this value toggled. */
  href: string;
  active: boolean;
}

export interface FacetView {
  id: string;
  label: string;
  values: FacetValueView[];
}

export interface FacetListProps {
  facets: FacetView[];
  priceFilter?: PriceFilterView | null;
  activeFilters: ActiveFilterView[];
  clearAllHref?: string | null;
  heading?: string;
}

/**
 * Listing filters as links (each filter is a URL, so they work without JavaScript and can be
 * shared). A sidebar from 1024px; on smaller screens the facets fold behind a "Filters"
 * toggle, an empty <details> whose open state shows the panel beside it through CSS.
 */
export function FacetList({ facets, priceFilter, activeFilters, clearAllHref, heading = 'Filters' }: FacetListProps) {
  const priceSet = Boolean(priceFilter?.min || priceFilter?.max);
  return (
    <section aria-label={heading} className={styles.facets}>
      <h2 className={styles.heading}>{heading}</h2>
      <ActiveFilters filters={activeFilters} clearAllHref={clearAllHref} />
      <details className={styles.toggle}>
        <summary className={styles.toggleSummary}>
          <FilterIcon />
          {heading}
          {activeFilters.length > 0 && (
            <span className={styles.toggleCount}>
              {activeFilters.length}
              <span className="visually-hidden"> active</span>
            </span>
          )}
        </summary>
      </details>
      <div className={styles.panel}>
        {facets.map((facet, index) => (
          <details
            key={facet.id}
            className={styles.facet}
            open={index < 2 || facet.values.some((value) => value.active)}
          >
            <summary className={styles.facetSummary}>{facet.label}</summary>
            <ul className={styles.values} role="list">
              {facet.values.map((value) => (
                <li key={value.id}>
                  <FacetValue value={value} />
                </li>
              ))}
            </ul>
          </details>
        ))}
        {priceFilter && (
          <details className={styles.facet} open={priceSet || facets.length < 2}>
            <summary className={styles.facetSummary}>Price</summary>
            <PriceFilter {...priceFilter} />
          </details>
        )}
      </div>
    </section>
  );
}

function FacetValue({ value }: { value: FacetValueView }) {
  const box = (
    <span className={styles.box} aria-hidden="true">
      {value.active && (
        <svg viewBox="0 0 16 16" width="14" height="14" focusable="false">
          <path
            d="M3.5 8.5l3 3 6-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      )}
    </span>
  );
  const count = <span className={styles.count}>({value.count})</span>;

  // Nothing to find behind it: shown for context, but not a link.
  if (value.count === 0 && !value.active) {
    return (
      <a role="link" aria-disabled="true" className={cx(styles.value, styles.disabled)}>
        {box}
        <span className={styles.label}>{value.label}</span>
        {count}
      </a>
    );
  }

  return (
    <a href={value.href} className={cx(styles.value, value.active && styles.active)} rel="nofollow">
      {box}
      <span className={styles.label}>
        {value.label}
        {value.active && <span className="visually-hidden"> (selected)</span>}
      </span>
      {count}
    </a>
  );
}

function FilterIcon() {
  return (
    <svg className={styles.toggleIcon} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M3 5h14M6 10h8M8.5 15h3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
