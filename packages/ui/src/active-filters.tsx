import styles from './active-filters.module.css';

export interface ActiveFilterView {
  label: string;
  /** The current listing URL without this filter. */
  removeHref: string;
}

export interface ActiveFiltersProps {
  filters: ActiveFilterView[];
  clearAllHref?: string | null;
}

/** Applied filters as removable chips; each is a link named "Remove filter: Navy". */
export function ActiveFilters({ filters, clearAllHref }: ActiveFiltersProps) {
  if (filters.length === 0) return null;
  return (
    <div className={styles.active}>
      <ul className={styles.chips} role="list" aria-label="Active filters">
        {filters.map((filter) => (
          <li key={filter.removeHref}>
            <a href={filter.removeHref} className={styles.chip}>
              <span className="visually-hidden">Remove filter: </span>
              {filter.label}
              <svg
                className={styles.icon}
                viewBox="0 0 16 16"
                width="14"
                height="14"
                aria-hidden="true"
                focusable="false"
              >
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </a>
          </li>
        ))}
      </ul>
      {clearAllHref && (
        <a href={clearAllHref} className={styles.clearAll}>
          Clear all
        </a>
      )}
    </div>
  );
}
