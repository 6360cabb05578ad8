/**
 * The chosen variant lives in the URL as its options, `?color=navy&size=m`, so a shared link
 * opens the same variant. Keys and values are matched without regard to case.
 */
import { isTrackingParam } from '../tracking-params';

const MAX_OPTIONS = 6;

export function normaliseVariantParams(input: URLSearchParams): URLSearchParams {
  const pairs: [string, string][] = [];
  for (const [rawKey, rawValue] of input) {
    const key = rawKey.toLowerCase();
    // Values are matched without regard to case, so `Navy` and `navy` are one cache entry.
    const value = rawValue.trim().toLowerCase();
    if (!/^[a-z0-9-]{1,40}$/.test(key) || isTrackingParam(key) || value === '' || value.length > 100) continue;
    if (pairs.some(([existing]) => existing === key)) continue;
    pairs.push([key, value]);
    if (pairs.length >= MAX_OPTIONS) break;
  }
  pairs.sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(pairs);
}

/** `Shoe size` → `shoe-size`: option names as URL keys. */
export function optionSlug(name: string): string {
  return name
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface VariantLike {
  availableForSale: boolean;
  selectedOptions: readonly { name: string; value: string }[];
}

/**
 * The variant the URL names, or the first one that can be bought, or the first. Options the
 * URL leaves out (or names wrongly) are filled from the best match, so `?color=red` alone
 * still picks a red variant in stock.
 */
export function selectVariant<T extends VariantLike>(variants: readonly T[], params: URLSearchParams): T | null {
  const wanted = new Map([...params].map(([key, value]) => [key.toLowerCase(), value.toLowerCase()]));
  const matches = (variant: T) =>
    variant.selectedOptions.every((option) => {
      const value = wanted.get(optionSlug(option.name));
      return value === undefined || value === option.value.toLowerCase();
    });
  const candidates = variants.filter(matches);
  const pool = candidates.length > 0 ? candidates : variants;
  return pool.find((variant) => variant.availableForSale) ?? pool[0] ?? null;
}

/** `?color=navy&size=m` for a variant, in the URL's lower-case form. */
export function paramsForVariant(variant: Pick<VariantLike, 'selectedOptions'>): URLSearchParams {
  return new URLSearchParams(
    variant.selectedOptions.map((option) => [optionSlug(option.name), option.value.toLowerCase()]),
  );
}

/**
 * The URL's options that this product has, with values it offers. The proxy cannot know a
 * product's options, so `?anything=1` reaches the page: the page redirects to this smaller set
 * rather than render (and cache) one page per invented key or value.
 */
export function knownVariantParams(
  options: readonly { name: string; values: readonly string[] }[],
  params: URLSearchParams,
): URLSearchParams {
  const offered = new Map(
    options.map((option) => [optionSlug(option.name), new Set(option.values.map((value) => value.toLowerCase()))]),
  );
  return new URLSearchParams([...params].filter(([key, value]) => offered.get(key)?.has(value)));
}
