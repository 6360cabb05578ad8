export { formatMoney, formatPriceRange, type MoneyValue } from './format-money';
export { compareAmounts, isOnSale } from './compare-amounts';

export { ActiveFilters, type ActiveFilterView, type ActiveFiltersProps } from './active-filters';
export { Breadcrumbs, type BreadcrumbsProps } from './breadcrumbs';
export { Button, ButtonLink, type ButtonLinkProps, type ButtonProps } from './button';
export { CartBadge, type CartBadgeProps } from './cart-badge';
export { CollectionTile, type CollectionTileProps } from './collection-tile';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { FacetList, type FacetListProps, type FacetValueView, type FacetView } from './facet-list';
export { FormMessage, type FormMessageProps } from './form-message';
export { Hero, type HeroProps } from './hero';
export { PageHeading, type PageHeadingProps } from './page-heading';
export { Pagination, type PaginationProps } from './pagination';
export { Price, type PriceProps } from './price';
export { PriceFilter, type PriceFilterView } from './price-filter';
export { ProductCard, type ProductCardProps } from './product-card';
export { ProductGallery, type ProductGalleryProps } from './product-gallery';
export { ProductGrid, type ProductGridProps } from './product-grid';
export { SearchForm, type SearchFormProps } from './search-form';
export { SiteFooter, type SiteFooterProps } from './site-footer';
export { SiteHeader, type SiteHeaderProps } from './site-header';
export { SortForm, type SortFormProps } from './sort-form';
export { StockNote, type StockNoteProps } from './stock-note';
export { TextField, type TextFieldProps } from './text-field';
export {
  VariantPicker,
  type VariantOptionValueView,
  type VariantOptionView,
  type VariantPickerProps,
} from './variant-picker';
