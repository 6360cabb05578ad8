import { GATEWAY_URL } from './stack-env.js';

// Test data comes from the run's own API (seeded demo catalog) over HTTP, so the journeys
// follow the data instead of hard-coding what the seed happens to produce today.

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(
      `GraphQL ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
    );
  }
  return body.data;
}

/** `gid://shop/Product/42` → `42`, as in the `product:42` surrogate key. */
export function numericId(globalId: string): string {
  const match = /\/(\d+)$/.exec(globalId);
  if (!match) throw new Error(`Not a global id: ${globalId}`);
  return match[1]!;
}

export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
}

/**
 * Products for journeys that need a page nobody else has rendered yet ("the first request is a
 * MISS"). Specs run in two workers at once, so each takes its own slot; no other journey picks
 * from this end of the catalog.
 */
export const PRODUCT_SLOTS = {
  cacheHeaders: 0,
  revalidate: 1,
  revalidateBystander: 2,
  edgeHit: 3,
  edgePurge: 4,
  edgeRevalidate: 5,
  accessibility: 6,
  seo: 7,
  edgeRsc: 8,
  pageCacheGrowth: 9,
  securityHeaders: 10,
  studioPrice: 11,
  studioMarketerPrice: 12,
  propagationPrice: 13,
  propagationFilter: 14,
  propagationStock: 15,
} as const;

let slotProducts: Promise<ProductSummary[]> | null = null;

export async function productForSlot(slot: keyof typeof PRODUCT_SLOTS): Promise<ProductSummary> {
  slotProducts ??= graphql<{ products: { nodes: ProductSummary[] } }>(
    '{ products(first: 16, sortKey: TITLE, reverse: true) { nodes { id handle title } } }',
  ).then((data) => data.products.nodes);
  const product = (await slotProducts)[PRODUCT_SLOTS[slot]];
  if (!product) throw new Error(`The catalog has no product for slot ${slot}`);
  return product;
}

export interface VariantDetail {
  id: string;
  availableForSale: boolean;
  price: { amount: string; currencyCode: string };
  selectedOptions: { name: string; value: string }[];
}

export interface ProductDetail extends ProductSummary {
  vendor: string;
  options: { name: string; values: string[] }[];
  variants: { nodes: VariantDetail[] };
}

const PRODUCT_FIELDS = `id handle title vendor options { name values }
  variants(first: 100) { nodes { id availableForSale price { amount currencyCode } selectedOptions { name value } } }`;

function hasPricedVariants(product: ProductDetail): boolean {
  const names = product.options.map((option) => option.name);
  const prices = new Set(product.variants.nodes.map((variant) => variant.price.amount));
  return (
    names.includes('Color') &&
    names.includes('Size') &&
    product.options.every((option) => option.values.length >= 2) &&
    prices.size >= 2 &&
    product.variants.nodes.every((variant) => variant.availableForSale)
  );
}

let pricedVariants: Promise<ProductDetail> | null = null;

/**
 * A product with a Color and a Size option of two or more values each, whose variants differ
 * in price, all of them buyable: the variant picker journey changes price as it goes.
 * Taken from the A end of the catalog (slots above come from the Z end), a page at a time to
 * stay under the gateway's cost limit.
 */
export function productWithPricedVariants(): Promise<ProductDetail> {
  pricedVariants ??= (async () => {
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: {
        products: { nodes: ProductDetail[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await graphql(
        `query ($after: String) { products(first: 25, after: $after, sortKey: TITLE, query: "available_for_sale:true") {
          nodes { ${PRODUCT_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const found = data.products.nodes.find(hasPricedVariants);
      if (found) return found;
      if (!data.products.pageInfo.hasNextPage) break;
      after = data.products.pageInfo.endCursor;
    }
    throw new Error('No product in the first 250 has buyable Color × Size variants at different prices');
  })();
  return pricedVariants;
}

export interface CollectionFacts {
  id: string;
  title: string;
  totalCount: number;
  vendors: { label: string; count: number }[];
}

export async function getCollectionFacts(handle: string): Promise<CollectionFacts> {
  const data = await graphql<{
    collection: {
      id: string;
      title: string;
      products: { totalCount: number; filters: { id: string; values: { label: string; count: number }[] }[] };
    } | null;
  }>(
    `
      query ($handle: String!) {
        collection(handle: $handle) {
          id
          title
          products(first: 1) {
            totalCount
            filters {
              id
              values {
                label
                count
              }
            }
          }
        }
      }
    `,
    { handle },
  );
  const collection = data.collection;
  if (!collection) throw new Error(`No collection ${handle}`);
  const vendors = collection.products.filters.find((filter) => filter.id === 'filter.p.vendor')?.values ?? [];
  return { id: collection.id, title: collection.title, totalCount: collection.products.totalCount, vendors };
}

/** "1,234 products" as the listing writes a count. */
export function productCountText(count: number): string {
  return count === 1 ? '1 product' : `${count.toLocaleString('en-US')} products`;
}
