import type { ProductFilter } from '../graphql/generated/graphql';
import { SEARCH_SORT_OPTIONS, SORT_OPTIONS } from './sort-options';

/**
 * A product list's state in the URL, in Shopify's parameter names:
 * `filter.p.vendor=Acme&filter.v.option.color=Blue&filter.v.price.gte=10&sort_by=price-ascending&after=…`.
 * Only these keys survive normalisation, so tracking parameters and junk never become
 * distinct cache entries.
 */
export const PAGE_SIZE = 24;

const LIST_KEYS = ['filter.v.availability', 'filter.p.product_type', 'filter.p.vendor', 'filter.p.tag'] as const;
const OPTION_PREFIX = 'filter.v.option.';
const PRICE_MIN = 'filter.v.price.gte';
const PRICE_MAX = 'filter.v.price.lte';
const SCALAR_KEYS = ['sort_by', 'after', 'before', 'q', PRICE_MIN, PRICE_MAX] as const;
const MAX_VALUE_LENGTH = 200;
const MAX_PARAMS = 40;

function isKnownKey(key: string): boolean {
  return (
    (LIST_KEYS as readonly string[]).includes(key) ||
    (SCALAR_KEYS as readonly string[]).includes(key) ||
    (key.startsWith(OPTION_PREFIX) && /^[a-z0-9-]{1,40}$/.test(key.slice(OPTION_PREFIX.length)))
  );
}

const SORT_VALUES = new Set([...SORT_OPTIONS, ...SEARCH_SORT_OPTIONS].map((option) => option.value));
const PRICE_PATTERN = /^\d{1,7}(\.\d{1,2})?$/;

/** Values that cannot change the list are dropped, so they cannot make new cache entries. */
function isMeaningful(key: string, value: string, allowQuery: boolean): boolean {
  if (key === 'q') return allowQuery;
  if (key === 'sort_by') return SORT_VALUES.has(value);
  if (key === PRICE_MIN || key === PRICE_MAX) return PRICE_PATTERN.test(value);
  if (key === 'filter.v.availability') return value === '0' || value === '1';
  return true;
}

/**
 * Known keys and meaningful values only, trimmed, de-duplicated and sorted: one URL per
 * distinct list. `q` (the search words) is kept only where the page searches.
 */
export function normaliseListingParams(
  input: URLSearchParams,
  options: { allowQuery?: boolean } = {},
): URLSearchParams {
  const allowQuery = options.allowQuery ?? false;
  const pairs: [string, string][] = [];
  const seenScalar = new Set<string>();
  for (const [key, raw] of input) {
    const value = raw.trim();
    if (!isKnownKey(key) || value === '' || value.length > MAX_VALUE_LENGTH) continue;
    if (!isMeaningful(key, value, allowQuery)) continue;
    if ((SCALAR_KEYS as readonly string[]).includes(key)) {
      if (seenScalar.has(key)) continue;
      seenScalar.add(key);
    } else if (pairs.some(([k, v]) => k === key && v === value)) continue;
    pairs.push([key, value]);
    if (pairs.length >= MAX_PARAMS) break;
  }
  if (seenScalar.has('after') && seenScalar.has('before')) {
    pairs.splice(
      pairs.findIndex(([key]) => key === 'before'),
      1,
    );
  }
  pairs.sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  return new URLSearchParams(pairs);
}

function optionName(slug: string): string {
  return slug.charAt(0).toUpperCase() + slug.slice(1);
}

function price(value: string | null): number | null {
  if (value === null || !PRICE_PATTERN.test(value)) return null;
  return Number(value);
}

/** The GraphQL filters a (normalised) parameter set asks for. */
export function filtersFromParams(params: URLSearchParams): ProductFilter[] {
  const filters: ProductFilter[] = [];
  for (const [key, value] of params) {
    if (key === 'filter.v.availability') {
      if (value === '1' || value === '0') filters.push({ available: value === '1' });
    } else if (key === 'filter.p.product_type') filters.push({ productType: value });
    else if (key === 'filter.p.vendor') filters.push({ productVendor: value });
    else if (key === 'filter.p.tag') filters.push({ tag: value });
    else if (key.startsWith(OPTION_PREFIX)) {
      filters.push({ variantOption: { name: optionName(key.slice(OPTION_PREFIX.length)), value } });
    }
  }
  const low = price(params.get(PRICE_MIN));
  const high = price(params.get(PRICE_MAX));
  // A shopper who types the bounds the wrong way round means the range between them.
  const [min, max] = low !== null && high !== null && low > high ? [high, low] : [low, high];
  if (min !== null || max !== null) filters.push({ price: { min, max } });
  return filters;
}

/**
 * The URL parameter for one facet value, from the `input` JSON the API sends with it.
 * Price ranges are not a single value and return null (the price form sets them).
 */
export function paramForFilterInput(input: unknown): [string, string] | null {
  if (typeof input !== 'object' || input === null) return null;
  const filter = input as ProductFilter;
  if (typeof filter.available === 'boolean') return ['filter.v.availability', filter.available ? '1' : '0'];
  if (filter.productType) return ['filter.p.product_type', filter.productType];
  if (filter.productVendor) return ['filter.p.vendor', filter.productVendor];
  if (filter.tag) return ['filter.p.tag', filter.tag];
  if (filter.variantOption)
    return [OPTION_PREFIX + filter.variantOption.name.toLowerCase(), filter.variantOption.value];
  return null;
}

export const PRICE_PARAMS = { min: PRICE_MIN, max: PRICE_MAX } as const;

/** Parameters with one value added or removed; paging restarts, since the list changed. */
export function toggleParam(params: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('before');
  if (next.getAll(key).includes(value)) next.delete(key, value);
  else next.append(key, value);
  return normaliseListingParams(next, { allowQuery: params.has('q') });
}

export function withParams(params: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    if (value !== null) next.set(key, value);
  }
  return normaliseListingParams(next, { allowQuery: params.has('q') });
}

export function hrefWithParams(pathname: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
