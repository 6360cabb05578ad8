import type { ProductSortKeys } from '../graphql/generated/graphql';

export interface SortOption {
  /** The `sort_by` value in the URL (Shopify's names, so shoppers' links look familiar). */
  value: string;
  label: string;
  sortKey: ProductSortKeys;
  reverse: boolean;
}

export const SORT_OPTIONS: readonly SortOption[] = [
  { value: 'manual', label: 'Featured', sortKey: 'RELEVANCE', reverse: false },
  { value: 'best-selling', label: 'Best selling', sortKey: 'BEST_SELLING', reverse: false },
  { value: 'price-ascending', label: 'Price, low to high', sortKey: 'PRICE', reverse: false },
  { value: 'price-descending', label: 'Price, high to low', sortKey: 'PRICE', reverse: true },
  { value: 'created-descending', label: 'Newest', sortKey: 'CREATED_AT', reverse: true },
  { value: 'title-ascending', label: 'Alphabetically, A–Z', sortKey: 'TITLE', reverse: false },
  { value: 'title-descending', label: 'Alphabetically, Z–A', sortKey: 'TITLE', reverse: true },
];

/** Search lists the best matches first; elsewhere "manual" is the merchandised order. */
export const SEARCH_SORT_OPTIONS: readonly SortOption[] = [
  { value: 'relevance', label: 'Relevance', sortKey: 'RELEVANCE', reverse: false },
  ...SORT_OPTIONS.filter((option) => option.value !== 'manual'),
];

export function findSortOption(options: readonly SortOption[], value: string | null): SortOption {
  return options.find((option) => option.value === value) ?? options[0]!;
}
