import type { ReactNode } from 'react';
import { useId } from 'react';
import { NavSubmenu } from './nav-submenu';
import styles from './site-header.module.css';

export interface SiteHeaderProps {
  shopName: string;
  homeHref: string;
  /** Top-level links; `items` (one level) become a disclosure beside the link (NavSubmenu). */
  navigation: { label: string; href: string; current?: boolean; items?: { label: string; href: string }[] }[];
  /** `label` names the search field; it defaults to "Search products". */
  search: { action: string; name: string; placeholder?: string; defaultValue?: string; label?: string };
  accountHref: string;
  /** Text of the account link; a slot, so the storefront can fill in the shopper's name later. */
  accountLabel?: ReactNode;
  /** The cart link, usually a CartBadge. */
  cartSlot?: ReactNode;
}

/**
 * The banner: skip link first, then shop name, search, account and cart, then the main
 * navigation. Below 1024px the navigation folds behind a "Menu" toggle (an empty <details>
 * whose open state shows the nav through CSS), so it needs no JavaScript.
 * The page must give its <main> the id "main" for the skip link.
 */
export function SiteHeader({
  shopName,
  homeHref,
  navigation,
  search,
  accountHref,
  accountLabel = 'Account',
  cartSlot,
}: SiteHeaderProps) {
  const searchId = useId();
  return (
    <header className={styles.header}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <div className={styles.inner}>
        <a href={homeHref} className={styles.brand}>
          {shopName}
        </a>
        <form role="search" aria-label="Site" action={search.action} method="get" className={styles.search}>
          <label htmlFor={searchId} className="visually-hidden">
            {search.label ?? 'Search products'}
          </label>
          <input
            id={searchId}
            type="search"
            name={search.name}
            defaultValue={search.defaultValue}
            placeholder={search.placeholder}
            enterKeyHint="search"
            className={styles.searchInput}
          />
          <button type="submit" className={styles.searchButton}>
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
              <path d="M12.7 12.7L17 17" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
            <span className="visually-hidden">Search</span>
          </button>
        </form>
        <div className={styles.actions}>
          <a href={accountHref} className={styles.account}>
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="8.5" r="3.8" fill="none" stroke="currentColor" strokeWidth="1.7" />
              <path
                d="M4.5 20c1.2-3.6 4.1-5.5 7.5-5.5s6.3 1.9 7.5 5.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.7"
                strokeLinecap="round"
              />
            </svg>
            <span className={styles.accountLabel}>{accountLabel}</span>
          </a>
          {cartSlot}
        </div>
        {navigation.length > 0 && (
          <details className={styles.menuToggle}>
            <summary className={styles.menuSummary}>
              <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                <path d="M3 5.5h14M3 10h14M3 14.5h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
              Menu
            </summary>
          </details>
        )}
        {navigation.length > 0 && (
          <nav aria-label="Main" className={styles.nav}>
            <ul className={styles.navList} role="list">
              {navigation.map((item, index) => (
                <li key={`${index}:${item.href}`}>
                  {item.items && item.items.length > 0 ? (
                    <NavSubmenu label={item.label} href={item.href} items={item.items} />
                  ) : (
                    <a href={item.href} aria-current={item.current ? 'page' : undefined} className={styles.navLink}>
                      {item.label}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
