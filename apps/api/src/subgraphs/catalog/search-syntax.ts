import type { ProductFilters } from './product-list/filters.js';
import { emptyFilters } from './product-list/filters.js';

/**
 * Parses the `products(query:)` syntax: free words plus `vendor:`, `product_type:`, `tag:`,
 * `title:` and `available_for_sale:`; values may be quoted (`vendor:"Blue Fox"`).
 * Unknown fields are read as words, so nothing a shopper types is an error.
 * Field values are exact matches (vendor, type and tag values as the facets list them).
 */
export interface ParsedProductQuery {
  words: string;
  titleContains: string[];
  filters: ProductFilters;
}

const TOKEN = /(-?)([a-z_]+):(?:"([^"]*)"|(\S+))|"([^"]*)"|(\S+)/gi;

export function parseProductQuery(query: string | null | undefined): ParsedProductQuery {
  const parsed: ParsedProductQuery = { words: '', titleContains: [], filters: emptyFilters() };
  if (!query) return parsed;
  const words: string[] = [];
  for (const match of query.slice(0, 500).matchAll(TOKEN)) {
    const [, negated, field, quoted, bare, phrase, word] = match;
    const value = (quoted ?? bare ?? '').trim();
    // Exclusions (`-tag:sale`) are not supported yet; dropping them beats matching their words.
    if (negated && field) continue;
    if (field && value && applyField(parsed, field.toLowerCase(), value)) continue;
    words.push(phrase ?? word ?? match[0]);
  }
  parsed.words = words.join(' ').trim();
  return parsed;
}

function applyField(parsed: ParsedProductQuery, field: string, value: string): boolean {
  const { filters } = parsed;
  switch (field) {
    case 'vendor':
      filters.vendors.push(value);
      return true;
    case 'product_type':
      filters.productTypes.push(value);
      return true;
    case 'tag':
      filters.tags.push(value);
      return true;
    case 'title':
      parsed.titleContains.push(value);
      return true;
    case 'available_for_sale':
      if (value !== 'true' && value !== 'false') return false;
      filters.availability = [value === 'true'];
      return true;
    default:
      return false;
  }
}
