import { body, mustQuery } from './graphql.js';

// 25 a page: each count costs 500 of the gateway's 20,000 per operation (docs/adr/0007).
const DISCOVER_COLLECTIONS = /* GraphQL */ `
  query BenchCollections($after: String) {
    collections(first: 25, after: $after) {
      nodes {
        handle
        title
        products(first: 1) {
          totalCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const DISCOVER_PRODUCT_COUNT = /* GraphQL */ `
  query BenchProductCount {
    products(first: 1) {
      totalCount
    }
  }
`;
const DISCOVER_PRODUCTS = /* GraphQL */ `
  query BenchProducts($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Product {
        handle
        title
        productType
        vendor
        tags
      }
    }
  }
`;

/** What the request mix draws search words from. */
export interface ProductInfo {
  handle: string;
  title: string;
  productType: string;
  vendor: string;
  tags: string[];
}

/** Ids a `nodes` request asks for at once (the API allows more; smaller stays well inside the cost budget). */
const IDS_PER_REQUEST = 100;

export interface CollectionInfo {
  handle: string;
  title: string;
  products: { totalCount: number };
}

/**
 * Real handles: the largest collection (and all of them, largest first), and up to `handleCount`
 * products spread over the whole catalog.
 */
export async function discoverHandles(
  gatewayUrl: string,
  handleCount: number,
): Promise<{
  collection: CollectionInfo;
  collections: CollectionInfo[];
  productHandles: string[];
  products: ProductInfo[];
}> {
  const all: CollectionInfo[] = [];
  for (let after: string | null = null; ;) {
    type Page = {
      collections: { nodes: CollectionInfo[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const page: Page = await mustQuery<Page>(gatewayUrl, body(DISCOVER_COLLECTIONS, { after }));
    all.push(...page.collections.nodes);
    if (!page.collections.pageInfo.hasNextPage) break;
    after = page.collections.pageInfo.endCursor;
  }
  const collection = all.sort((a, b) => b.products.totalCount - a.products.totalCount)[0];
  if (!collection) throw new Error('the catalog has no collections');
  const count = await mustQuery<{ products: { totalCount: number } }>(gatewayUrl, body(DISCOVER_PRODUCT_COUNT));
  const step = Math.max(1, Math.floor(count.products.totalCount / handleCount));
  const ids = Array.from(
    { length: Math.min(handleCount, count.products.totalCount) },
    (_, i) => `gid://shop/Product/${1 + i * step}`,
  );
  const products: ProductInfo[] = [];
  for (let from = 0; from < ids.length; from += IDS_PER_REQUEST) {
    const found = await mustQuery<{ nodes: Array<Partial<ProductInfo> | null> }>(
      gatewayUrl,
      body(DISCOVER_PRODUCTS, { ids: ids.slice(from, from + IDS_PER_REQUEST) }),
    );
    products.push(...found.nodes.flatMap((node) => (node?.handle ? [node as ProductInfo] : [])));
  }
  if (products.length === 0)
    throw new Error('no product found by ID; the catalog is empty or IDs are not gid://shop/Product/<n>');
  return { collection, collections: all, productHandles: products.map((p) => p.handle), products };
}
