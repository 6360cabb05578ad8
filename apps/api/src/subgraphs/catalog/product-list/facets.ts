import type { FacetRow } from './repository.js';

export interface FacetValue {
  id: string;
  label: string;
  count: number;
  input: unknown;
}

export interface Facet {
  id: string;
  label: string;
  type: 'LIST' | 'PRICE_RANGE' | 'BOOLEAN';
  values: FacetValue[];
}

const DEFAULT_VARIANT_TITLE = 'Default Title';
const SIZE_LADDER = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', 'One Size'];

/** Shapes counted facet rows into the contract's `Filter` list, in the order shoppers scan them. */
export function toFacets(rows: readonly FacetRow[]): Facet[] {
  const facets: Facet[] = [];
  const of = (facet: string) => rows.filter((row) => row.facet === facet && row.value != null && row.count > 0);

  const availability = of('availability').sort((a, b) => (a.value === 'true' ? -1 : b.value === 'true' ? 1 : 0));
  pushList(
    facets,
    'filter.v.availability',
    'Availability',
    availability.map((row) => ({
      slug: row.value === 'true' ? 'in-stock' : 'out-of-stock',
      label: row.value === 'true' ? 'In stock' : 'Out of stock',
      count: row.count,
      input: { available: row.value === 'true' },
    })),
  );

  const price = rows.find((row) => row.facet === 'price' && row.value != null);
  if (price?.value != null && price.upper != null) {
    const min = Number(price.value);
    const max = Number(price.upper);
    facets.push({
      id: 'filter.v.price',
      label: 'Price',
      type: 'PRICE_RANGE',
      values: [
        {
          id: 'filter.v.price',
          label: `${price.value} – ${price.upper}`,
          count: price.count,
          input: { price: { min, max } },
        },
      ],
    });
  }

  pushList(
    facets,
    'filter.p.product_type',
    'Product type',
    byLabel(of('productType')).map((row) => ({
      slug: slugify(row.value!),
      label: row.value!,
      count: row.count,
      input: { productType: row.value },
    })),
  );
  pushList(
    facets,
    'filter.p.vendor',
    'Vendor',
    byLabel(of('vendor')).map((row) => ({
      slug: slugify(row.value!),
      label: row.value!,
      count: row.count,
      input: { productVendor: row.value },
    })),
  );

  // Single-variant products carry the placeholder option "Title: Default Title"; it selects nothing useful.
  const options = of('option').filter((row) => row.value !== DEFAULT_VARIANT_TITLE);
  const optionNames = [...new Set(options.map((row) => row.name ?? ''))].filter(Boolean).sort();
  for (const name of optionNames) {
    const values = sortOptionValues(options.filter((row) => row.name === name));
    pushList(
      facets,
      `filter.v.option.${slugify(name)}`,
      name,
      values.map((row) => ({
        slug: slugify(row.value!),
        label: row.value!,
        count: row.count,
        input: { variantOption: { name, value: row.value } },
      })),
    );
  }

  pushList(
    facets,
    'filter.p.tag',
    'Tag',
    byLabel(of('tag')).map((row) => ({
      slug: slugify(row.value!),
      label: row.value!,
      count: row.count,
      input: { tag: row.value },
    })),
  );
  return facets;
}

function pushList(
  facets: Facet[],
  id: string,
  label: string,
  values: Array<{ slug: string; label: string; count: number; input: unknown }>,
): void {
  if (values.length === 0) return;
  facets.push({
    id,
    label,
    type: 'LIST',
    values: values.map((value) => ({
      id: `${id}.${value.slug}`,
      label: value.label,
      count: value.count,
      input: value.input,
    })),
  });
}

function byLabel(rows: FacetRow[]): FacetRow[] {
  return [...rows].sort((a, b) => a.value!.localeCompare(b.value!));
}

/** Sizes in size order (S, M, L), numbers numerically (38, 39, 40), everything else A to Z. */
export function sortOptionValues(rows: FacetRow[]): FacetRow[] {
  const rank = (value: string) => {
    const ladder = SIZE_LADDER.indexOf(value);
    if (ladder >= 0) return [0, ladder] as const;
    const number = Number(value);
    return Number.isFinite(number) ? ([1, number] as const) : ([2, 0] as const);
  };
  return [...rows].sort((a, b) => {
    const [groupA, orderA] = rank(a.value!);
    const [groupB, orderB] = rank(b.value!);
    return groupA - groupB || orderA - orderB || a.value!.localeCompare(b.value!);
  });
}

export function slugify(value: string): string {
  return (
    value
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'value'
  );
}
