import type { ActiveFilterView, FacetView, PaginationProps, PriceFilterView } from '@commerce/ui';
import type { ProductListingFragment } from '../graphql/generated/graphql';
import { hrefWithParams, paramForFilterInput, PRICE_PARAMS, toggleParam, withParams } from './listing-params';

type Facet = ProductListingFragment['filters'][number];

function facetValues(facet: Facet, pathname: string, params: URLSearchParams) {
  return facet.values.flatMap((value) => {
    const param = paramForFilterInput(value.input);
    if (!param) return [];
    const [key, paramValue] = param;
    return [
      {
        id: value.id,
        label: value.label,
        count: value.count,
        active: params.getAll(key).includes(paramValue),
        href: hrefWithParams(pathname, toggleParam(params, key, paramValue)),
      },
    ];
  });
}

/** Facets as links that add or remove one value each (the URL is the whole state). */
export function facetViews(filters: Facet[], pathname: string, params: URLSearchParams): FacetView[] {
  return filters
    .filter((facet) => facet.type !== 'PRICE_RANGE')
    .map((facet) => ({ id: facet.id, label: facet.label, values: facetValues(facet, pathname, params) }))
    .filter((facet) => facet.values.length > 0);
}

function priceBounds(filters: Facet[]): { min?: number; max?: number } {
  const input = filters.find((facet) => facet.type === 'PRICE_RANGE')?.values[0]?.input as
    { price?: { min?: number; max?: number } } | undefined;
  return input?.price ?? {};
}

export function priceFilterView(
  filters: Facet[],
  pathname: string,
  params: URLSearchParams,
  currencyCode: string,
): PriceFilterView | null {
  const bounds = priceBounds(filters);
  if (
    bounds.min === undefined &&
    bounds.max === undefined &&
    !params.has(PRICE_PARAMS.min) &&
    !params.has(PRICE_PARAMS.max)
  ) {
    return null;
  }
  const kept = withParams(params, { [PRICE_PARAMS.min]: null, [PRICE_PARAMS.max]: null, after: null, before: null });
  return {
    action: pathname,
    hiddenParams: [...kept],
    minName: PRICE_PARAMS.min,
    maxName: PRICE_PARAMS.max,
    min: params.get(PRICE_PARAMS.min) ?? undefined,
    max: params.get(PRICE_PARAMS.max) ?? undefined,
    minPlaceholder: bounds.min !== undefined ? String(Math.floor(bounds.min)) : undefined,
    maxPlaceholder: bounds.max !== undefined ? String(Math.ceil(bounds.max)) : undefined,
    currencyCode,
  };
}

/** Chips for what is filtered now, each removing itself; labels come from the facets. */
export function activeFilterViews(facets: FacetView[], pathname: string, params: URLSearchParams): ActiveFilterView[] {
  const chips = facets.flatMap((facet) =>
    facet.values.filter((value) => value.active).map((value) => ({ label: value.label, removeHref: value.href })),
  );
  const min = params.get(PRICE_PARAMS.min);
  const max = params.get(PRICE_PARAMS.max);
  if (min || max) {
    chips.push({
      label: min && max ? `Price ${min}–${max}` : min ? `Price from ${min}` : `Price up to ${max}`,
      removeHref: hrefWithParams(pathname, withParams(params, { [PRICE_PARAMS.min]: null, [PRICE_PARAMS.max]: null })),
    });
  }
  return chips;
}

export function clearFiltersHref(pathname: string, params: URLSearchParams): string {
  const kept = new URLSearchParams();
  const sort = params.get('sort_by');
  const query = params.get('q');
  if (query) kept.set('q', query);
  if (sort) kept.set('sort_by', sort);
  return hrefWithParams(pathname, kept);
}

export function paginationView(
  pageInfo: ProductListingFragment['pageInfo'],
  pathname: string,
  params: URLSearchParams,
  options: { backward: boolean },
): PaginationProps {
  return {
    // Search pages forward only (the API's search takes no `before`): the browser's back button.
    previousHref:
      options.backward && pageInfo.hasPreviousPage && pageInfo.startCursor
        ? hrefWithParams(pathname, withParams(params, { after: null, before: pageInfo.startCursor }))
        : null,
    nextHref:
      pageInfo.hasNextPage && pageInfo.endCursor
        ? hrefWithParams(pathname, withParams(params, { before: null, after: pageInfo.endCursor }))
        : null,
  };
}
