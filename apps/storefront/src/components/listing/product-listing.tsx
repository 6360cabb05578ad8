import { FacetList, Pagination, ProductGrid, SortForm } from '@commerce/ui';
import type { ReactNode } from 'react';
import type { ProductListingFragment } from '@/lib/graphql/generated/graphql';
import { findSortOption, type SortOption } from '@/lib/listing/sort-options';
import { withParams } from '@/lib/listing/listing-params';
import {
  activeFilterViews,
  clearFiltersHref,
  facetViews,
  paginationView,
  priceFilterView,
} from '@/lib/listing/listing-view';
import { ProductCardItem } from '../product-card-item';
import styles from './product-listing.module.css';

export interface ProductListingProps {
  listing: ProductListingFragment;
  /** The page's public path; every link keeps the other parameters. */
  pathname: string;
  params: URLSearchParams;
  sortOptions: readonly SortOption[];
  /** Shown instead of the grid when nothing matches. */
  empty: ReactNode;
  /** Whether the list can page backwards (collections can, search cannot). */
  backward?: boolean;
}

/** Facets, sort, grid and paging of a product list: the body of collection and search pages. */
export function ProductListing({
  listing,
  pathname,
  params,
  sortOptions,
  empty,
  backward = true,
}: ProductListingProps) {
  const facets = facetViews(listing.filters, pathname, params);
  const activeFilters = activeFilterViews(facets, pathname, params);
  const currencyCode = listing.nodes[0]?.priceRange.minVariantPrice.currencyCode ?? 'USD';
  const sort = findSortOption(sortOptions, params.get('sort_by'));
  const sortHidden = [...withParams(params, { sort_by: null, after: null, before: null })];
  const count = listing.totalCount;

  return (
    <div className={styles.listing}>
      <aside className={styles.facets} aria-label="Filters">
        <FacetList
          facets={facets}
          priceFilter={priceFilterView(listing.filters, pathname, params, currencyCode)}
          activeFilters={activeFilters}
          clearAllHref={activeFilters.length > 0 ? clearFiltersHref(pathname, params) : null}
        />
      </aside>
      <div className={styles.results}>
        <div className={styles.toolbar}>
          <p className={styles.count}>{count === 1 ? '1 product' : `${count.toLocaleString('en-US')} products`}</p>
          <SortForm
            action={pathname}
            name="sort_by"
            label="Sort by"
            value={sort.value}
            options={sortOptions.map(({ value, label }) => ({ value, label }))}
            hiddenParams={sortHidden}
          />
        </div>
        {listing.nodes.length === 0 ? (
          empty
        ) : (
          <ProductGrid label="Products">
            {listing.nodes.map((product, index) => (
              <ProductCardItem key={product.id} product={product} priority={index < 2} />
            ))}
          </ProductGrid>
        )}
        <Pagination {...paginationView(listing.pageInfo, pathname, params, { backward })} />
      </div>
    </div>
  );
}
