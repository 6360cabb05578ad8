export { formatMoney, formatPriceRange, type MoneyValue } from './format-money';
export { compareAmounts, isOnSale } from './compare-amounts';

export { ActiveFilters, type ActiveFilterView, type ActiveFiltersProps } from './active-filters';
export { AddressFields, type AddressFieldName, type AddressFieldsProps } from './address-fields';
export { Breadcrumbs, type BreadcrumbsProps } from './breadcrumbs';
export { Button, ButtonLink, type ButtonLinkProps, type ButtonProps } from './button';
export { CartBadge, type CartBadgeProps } from './cart-badge';
export { CartDrawer, type CartDrawerProps } from './cart-drawer';
export { CartLineItem, type CartLineItemProps } from './cart-line-item';
export { CartSummary, type CartSummaryProps } from './cart-summary';
export { CollectionTile, type CollectionTileProps } from './collection-tile';
export { DiscountCodeForm, type DiscountCodeFormProps, type DiscountCodeView } from './discount-code-form';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { FacetList, type FacetListProps, type FacetValueView, type FacetView } from './facet-list';
export { FormMessage, type FormMessageProps } from './form-message';
export { Hero, type HeroProps } from './hero';
export { NavSubmenu, type NavSubmenuProps } from './nav-submenu';
export { OrderLineList, type OrderLineListProps, type OrderLineView } from './order-line-list';
export { OrderStatusBadge, type OrderStatusBadgeProps, type OrderStatusKind } from './order-status-badge';
export { OrderSummary, type OrderSummaryProps } from './order-summary';
export { PageHeading, type PageHeadingProps } from './page-heading';
export { Pagination, type PaginationProps } from './pagination';
export { Price, type PriceProps } from './price';
export { PriceFilter, type PriceFilterView } from './price-filter';
export { PromoBanner, type PromoBannerProps } from './promo-banner';
export { ProductCard, type ProductCardProps } from './product-card';
export { ProductGallery, type ProductGalleryProps } from './product-gallery';
export { ProductGrid, type ProductGridProps } from './product-grid';
export { QuantityStepper, type QuantityStepperProps } from './quantity-stepper';
export {
  ReservationCountdown,
  formatRemaining,
  reservationAnnouncement,
  type ReservationCountdownProps,
} from './reservation-countdown';
export { SearchForm, type SearchFormProps } from './search-form';
export { SelectField, type SelectFieldProps } from './select-field';
export { ShippingRateOptions, type ShippingRateOptionsProps, type ShippingRateView } from './shipping-rate-options';
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
