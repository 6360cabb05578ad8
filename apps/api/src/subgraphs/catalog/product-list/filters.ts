import { userInputError } from '../../../platform/graphql/errors.js';
import type { ProductFilter } from '../generated/resolvers-types.js';

/**
 * Filters on a product list, grouped the way shoppers expect facets to combine: values of
 * one group are ORed (Blue or Red), groups are ANDed (Blue and size M). Variant-level groups
 * (options, price) must hold for one and the same variant.
 */
export interface ProductFilters {
  availability: boolean[];
  productTypes: string[];
  vendors: string[];
  tags: string[];
  /** Option name → accepted values. */
  options: Map<string, string[]>;
  price: { min: number | null; max: number | null } | null;
}

export type FilterGroup = 'availability' | 'productType' | 'vendor' | 'tag' | 'price' | `option:${string}`;

export function emptyFilters(): ProductFilters {
  return { availability: [], productTypes: [], vendors: [], tags: [], options: new Map(), price: null };
}

const MAX_FILTERS = 50;
const MAX_VALUE_LENGTH = 200;

export function parseProductFilters(input: readonly ProductFilter[] | null | undefined): ProductFilters {
  const filters = emptyFilters();
  if (!input) return filters;
  if (input.length > MAX_FILTERS) throw userInputError(`At most ${MAX_FILTERS} filters are allowed.`, 'filters');
  for (const filter of input) {
    if (filter.available != null) addUnique(filters.availability, filter.available);
    if (filter.productType != null) addUnique(filters.productTypes, checked(filter.productType));
    if (filter.productVendor != null) addUnique(filters.vendors, checked(filter.productVendor));
    if (filter.tag != null) addUnique(filters.tags, checked(filter.tag));
    if (filter.variantOption != null) {
      const name = checked(filter.variantOption.name);
      const values = filters.options.get(name) ?? [];
      addUnique(values, checked(filter.variantOption.value));
      filters.options.set(name, values);
    }
    if (filter.price != null) filters.price = mergePrice(filters.price, filter.price);
  }
  // Both "in stock" and "sold out" ticked selects everything: no filter at all.
  if (filters.availability.length === 2) filters.availability = [];
  return filters;
}

function mergePrice(
  current: ProductFilters['price'],
  input: { min?: number | null; max?: number | null },
): NonNullable<ProductFilters['price']> {
  const min = input.min ?? null;
  const max = input.max ?? null;
  for (const [name, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (value != null && (!Number.isFinite(value) || value < 0)) {
      throw userInputError(`Price filter \`${name}\` must be a number of at least 0.`, 'filters');
    }
  }
  if (min != null && max != null && min > max)
    throw userInputError('Price filter `min` is greater than `max`.', 'filters');
  if (!current) return { min, max };
  // Two price ranges: the shopper narrowed twice, so both hold.
  return {
    min: current.min == null ? min : min == null ? current.min : Math.max(current.min, min),
    max: current.max == null ? max : max == null ? current.max : Math.min(current.max, max),
  };
}

function checked(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_VALUE_LENGTH) {
    throw userInputError(`Filter values must be 1 to ${MAX_VALUE_LENGTH} characters.`, 'filters');
  }
  return trimmed;
}

function addUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** The same filters without one group: facet counts of a group ignore that group's own selection. */
export function withoutGroup(filters: ProductFilters, group: FilterGroup): ProductFilters {
  const copy: ProductFilters = { ...filters, options: new Map(filters.options) };
  if (group === 'availability') copy.availability = [];
  else if (group === 'productType') copy.productTypes = [];
  else if (group === 'vendor') copy.vendors = [];
  else if (group === 'tag') copy.tags = [];
  else if (group === 'price') copy.price = null;
  else copy.options.delete(group.slice('option:'.length));
  return copy;
}
