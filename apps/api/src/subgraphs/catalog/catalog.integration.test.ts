import { sql, type SQL } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../stack.js';
import { graphql, startTestStack } from '../../test/stack.js';

// The catalog through the gateway against the seeded demo catalog. Every expected value comes
// from SQL on the tables (or from a second API call), never from a previous run's output.

interface Money { amount: string; currencyCode?: string }
interface PageInfo { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
interface FilterValue { id: string; label: string; count: number; input: Record<string, unknown> }
interface Filter { id: string; label: string; type: string; values: FilterValue[] }
interface ProductNode { id: string; title: string; vendor: string; productType: string; tags: string[] }
interface ProductPage {
  totalCount: number;
  nodes: ProductNode[];
  edges: Array<{ cursor: string }>;
  pageInfo: PageInfo;
  filters: Filter[];
}

let stack: Stack;
let gateway: string;

beforeAll(async () => {
  stack = await startTestStack();
  gateway = `${stack.url('gateway')}/graphql`;
});
afterAll(async () => {
  await stack?.stop();
});

const gid = (type: string, id: number) => `gid://shop/${type}/${id}`;
const idOf = (globalId: string) => Number(globalId.split('/').pop());

async function select<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
  return [...(await stack.database.db.execute<T>(query))] as T[];
}

async function count(query: SQL): Promise<number> {
  const [row] = await select<{ count: number }>(sql`select count(*)::int as count from (${query}) as counted`);
  return row!.count;
}

/** Runs an operation that must succeed without errors. */
async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(gateway, document, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!;
}

/** Runs an operation that must fail as a client error; returns the error codes. */
async function errorCodes(document: string, variables: Record<string, unknown> = {}): Promise<unknown[]> {
  const response = await graphql(gateway, document, variables);
  expect(response.status).toBeLessThan(500);
  expect(response.errors?.length, `expected errors for ${document} ${JSON.stringify(variables)}`).toBeGreaterThan(0);
  return response.errors!.map((error) => error.extensions?.code);
}

// A product is available when one of its variants is untracked or has a unit on hand that no
// checkout holds, summed over every location: inventory's rule, computed from its own tables.
const availableSql = (productId: SQL) => sql`exists (
  select 1 from inventory.items i
  where i.product_id = ${productId}
    and (not i.tracked or (select coalesce(sum(l.on_hand - l.reserved), 0) from inventory.levels l where l.variant_id = i.variant_id) > 0))`;

const hasVariant = (productId: SQL, condition: SQL) =>
  sql`exists (select 1 from catalog.variants v where v.product_id = ${productId} and ${condition})`;
const optionIs = (name: string, value: string) => sql`v.options @> ${JSON.stringify([{ name, value }])}::jsonb`;

describe('product', () => {
  const productFields = `
    fragment P on Product {
      id handle title
      options { name values }
      variants(first: 250) {
        nodes { id title sku price { amount currencyCode } compareAtPrice { amount } selectedOptions { name value } }
        pageInfo { hasNextPage }
      }
      priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
      compareAtPriceRange { minVariantPrice { amount } maxVariantPrice { amount } }
      featuredImage { id url width height webp: url(transform: { maxWidth: 200, preferredContentType: WEBP }) }
      seo { title }
    }`;
  interface ProductDetail {
    id: string;
    handle: string;
    title: string;
    options: Array<{ name: string; values: string[] }>;
    variants: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean } };
    priceRange: { minVariantPrice: Money; maxVariantPrice: Money };
    compareAtPriceRange: { minVariantPrice: Money; maxVariantPrice: Money } | null;
    featuredImage: { id: string; url: string; width: number; height: number; webp: string } | null;
    seo: { title: string | null };
  }

  async function expectProductMatchesTables(productId: number) {
    const [product] = await select<{ handle: string; title: string; seo_title: string | null; options: unknown }>(
      sql`select handle, title, seo_title, options from catalog.products where id = ${productId}`);
    const [{ currency }] = await select<{ currency: string }>(sql`select currency_code as currency from catalog.shop`) as [{ currency: string }];
    const data = await query<{ byHandle: ProductDetail | null; byId: ProductDetail | null }>(
      `query($handle: String!, $id: ID!) { byHandle: product(handle: $handle) { ...P } byId: product(id: $id) { ...P } } ${productFields}`,
      { handle: product!.handle, id: gid('Product', productId) },
    );
    expect(data.byHandle).not.toBeNull();
    expect(data.byHandle).toEqual(data.byId);
    const found = data.byHandle!;
    expect(found.id).toBe(gid('Product', productId));
    expect(found.options).toEqual(product!.options);
    expect(found.seo.title).toBe(product!.seo_title ?? product!.title);

    const variants = await select<{ id: number; title: string; sku: string | null; price: string; compare: string | null; options: unknown }>(sql`
      select id::int, title, sku, price::text, compare_at_price::text as compare, options
      from catalog.variants where product_id = ${productId} order by position, id`);
    expect(found.variants).toEqual({
      nodes: variants.map((v) => ({
        id: gid('ProductVariant', v.id),
        title: v.title,
        sku: v.sku,
        price: { amount: v.price, currencyCode: currency },
        compareAtPrice: v.compare == null ? null : { amount: v.compare },
        selectedOptions: v.options,
      })),
      pageInfo: { hasNextPage: false },
    });

    const [range] = await select<{ min: string; max: string; cmin: string | null; cmax: string | null }>(sql`
      select min(price)::text as min, max(price)::text as max, min(compare_at_price)::text as cmin, max(compare_at_price)::text as cmax
      from catalog.variants where product_id = ${productId}`);
    expect(found.priceRange).toEqual({
      minVariantPrice: { amount: range!.min, currencyCode: currency },
      maxVariantPrice: { amount: range!.max, currencyCode: currency },
    });
    expect(found.compareAtPriceRange).toEqual(
      range!.cmin == null ? null : { minVariantPrice: { amount: range!.cmin }, maxVariantPrice: { amount: range!.cmax } },
    );

    const [image] = await select<{ id: number; width: number; height: number }>(sql`
      select id::int, width, height from catalog.images where product_id = ${productId} order by position, id limit 1`);
    expect(found.featuredImage).toMatchObject({ id: gid('Image', image!.id), width: image!.width, height: image!.height });
    return found;
  }

  it('is the same by handle and by id, and matches its variants, options, prices and SEO', async () => {
    // One product with compare-at prices and no SEO title, one without either.
    const [withCompare] = await select<{ id: number }>(sql`
      select p.id::int from catalog.products p
      where p.seo_title is null and ${hasVariant(sql`p.id`, sql`v.compare_at_price is not null`)}
        and (select count(*) from catalog.variants v where v.product_id = p.id) > 3
      order by p.id limit 1`);
    const [withoutCompare] = await select<{ id: number }>(sql`
      select p.id::int from catalog.products p
      where p.seo_title is not null and not ${hasVariant(sql`p.id`, sql`v.compare_at_price is not null`)}
      order by p.id limit 1`);
    const first = await expectProductMatchesTables(withCompare!.id);
    expect(first.compareAtPriceRange).not.toBeNull();
    expect(first.seo.title).toBe(first.title);
    const second = await expectProductMatchesTables(withoutCompare!.id);
    expect(second.compareAtPriceRange).toBeNull();
  });

  it('serves the featured image at an absolute URL, and as a small WebP when asked', async () => {
    const data = await query<{ product: ProductDetail }>(`{ product(id: "${gid('Product', 7)}") { ...P } } ${productFields}`);
    const image = data.product.featuredImage!;
    expect(new URL(image.url).protocol).toMatch(/^https?:$/);
    const original = await fetch(image.url);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toMatch(/^image\//);
    await original.arrayBuffer();

    const webp = await fetch(image.webp);
    expect(webp.status).toBe(200);
    expect(webp.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await webp.arrayBuffer())).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width).toBeLessThanOrEqual(200);
  });

  it('has price ranges equal to its variants and compare-at ranges only when a variant has one', async () => {
    // Over a page of the Sale collection (many compare-at prices) and a page of all products.
    const data = await query<{ products: { nodes: ProductRanges[] }; collection: { products: { nodes: ProductRanges[] } } }>(`{
      products(first: 250) { nodes { ...R } }
      collection(handle: "sale") { products(first: 250) { nodes { ...R } } }
    }
    fragment R on Product {
      id
      priceRange { minVariantPrice { amount } maxVariantPrice { amount } }
      compareAtPriceRange { minVariantPrice { amount } maxVariantPrice { amount } }
    }`);
    type ProductRanges = { id: string; priceRange: unknown; compareAtPriceRange: unknown };
    const nodes = [...data.products.nodes, ...data.collection.products.nodes];
    const ids = nodes.map((node) => idOf(node.id));
    const rows = await select<{ id: number; min: string; max: string; cmin: string | null; cmax: string | null }>(sql`
      select product_id::int as id, min(price)::text as min, max(price)::text as max,
             min(compare_at_price)::text as cmin, max(compare_at_price)::text as cmax
      from catalog.variants where product_id = any(${`{${ids.join(',')}}`}::bigint[]) group by product_id`);
    const expected = new Map(rows.map((row) => [row.id, {
      priceRange: { minVariantPrice: { amount: row.min }, maxVariantPrice: { amount: row.max } },
      compareAtPriceRange: row.cmin == null ? null : { minVariantPrice: { amount: row.cmin }, maxVariantPrice: { amount: row.cmax } },
    }]));
    expect(nodes.filter((node) => node.compareAtPriceRange != null).length).toBeGreaterThan(10);
    for (const node of nodes) {
      expect({ priceRange: node.priceRange, compareAtPriceRange: node.compareAtPriceRange }, node.id).toEqual(expected.get(idOf(node.id)));
    }
  });

  it('is null for an unknown handle or id, and for an id of another type', async () => {
    const [{ max }] = await select<{ max: number }>(sql`select max(id)::int as max from catalog.products`) as [{ max: number }];
    const data = await query<Record<string, unknown>>(`{
      byHandle: product(handle: "no-such-product-handle") { id }
      byId: product(id: "${gid('Product', max + 1000)}") { id }
      collectionId: product(id: "${gid('Collection', 1)}") { id }
      variantId: product(id: "${gid('ProductVariant', 1)}") { id }
    }`);
    expect(data).toEqual({ byHandle: null, byId: null, collectionId: null, variantId: null });
  });

  it.each([
    ['a malformed id', '{ product(id: "abc") { id } }'],
    ['a gid with a non-numeric id', '{ product(id: "gid://shop/Product/x") { id } }'],
    ['neither id nor handle', '{ product { id } }'],
    ['both id and handle', '{ product(id: "gid://shop/Product/1", handle: "x") { id } }'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, document) => {
    expect(await errorCodes(document)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('products', () => {
  type SortKey = 'RELEVANCE' | 'TITLE' | 'PRICE' | 'CREATED_AT' | 'BEST_SELLING';
  // The value each sort key orders by, from the tables: PRICE is the lowest variant price;
  // RELEVANCE without a search is newest first (as the schema documents).
  const sortValue: Record<SortKey, { expression: SQL; descending: boolean }> = {
    TITLE: { expression: sql`p.title`, descending: false },
    PRICE: { expression: sql`(select min(v.price) from catalog.variants v where v.product_id = p.id)`, descending: false },
    CREATED_AT: { expression: sql`p.created_at`, descending: false },
    BEST_SELLING: { expression: sql`p.units_sold`, descending: true },
    RELEVANCE: { expression: sql`p.created_at`, descending: true },
  };

  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $query: String) {
    products(first: $first, after: $after, last: $last, before: $before, sortKey: $sortKey, reverse: $reverse, query: $query) {
      totalCount nodes { id title vendor productType tags } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const page = async (variables: Record<string, unknown>) => (await query<{ products: ProductPage }>(PAGE, variables)).products;

  async function walk(variables: Record<string, unknown>, limit: number): Promise<number[]> {
    const ids: number[] = [];
    let after: string | null = null;
    for (;;) {
      const result: ProductPage = await page({ ...variables, after });
      ids.push(...result.nodes.map((node) => idOf(node.id)));
      if (!result.pageInfo.hasNextPage || ids.length >= limit) return ids;
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)!.cursor);
      after = result.pageInfo.endCursor;
    }
  }

  /** Sort values (as text) of the given products, and the first `limit` values in the expected order. */
  async function expectedOrder(sortKey: SortKey, reverse: boolean, limit: number) {
    const { expression, descending } = sortValue[sortKey];
    const direction = sql.raw(descending !== reverse ? 'desc' : 'asc');
    const all = await select<{ id: number; v: string }>(sql`select p.id::int, (${expression})::text as v from catalog.products p`);
    const ordered = await select<{ v: string }>(sql`
      select (${expression})::text as v from catalog.products p order by ${expression} ${direction} limit ${limit}`);
    return { valueOf: new Map(all.map((row) => [row.id, row.v])), values: ordered.map((row) => row.v) };
  }

  it.each([
    ['TITLE', false], ['TITLE', true],
    ['PRICE', false], ['PRICE', true],
    ['CREATED_AT', false], ['CREATED_AT', true],
    ['BEST_SELLING', false], ['BEST_SELLING', true],
    ['RELEVANCE', false],
  ] as Array<[SortKey, boolean]>)('walks %s (reverse: %s) in order, each product once', async (sortKey, reverse) => {
    const limit = 300;
    const ids = await walk({ first: 50, sortKey, reverse }, limit);
    const expected = await expectedOrder(sortKey, reverse, limit);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => expected.valueOf.get(id))).toEqual(expected.values);
  });

  it('visits every product exactly once over all pages, across price ties', async () => {
    const ids = await walk({ first: 250, sortKey: 'PRICE' }, Infinity);
    const total = await count(sql`select 1 from catalog.products`);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
    const expected = await expectedOrder('PRICE', false, total);
    expect(ids.map((id) => expected.valueOf.get(id))).toEqual(expected.values);
  });

  it('pages backward with last/before to the page just before', async () => {
    const first = await page({ first: 50, sortKey: 'TITLE' });
    const second = await page({ first: 50, after: first.pageInfo.endCursor, sortKey: 'TITLE' });
    expect(second.pageInfo.hasPreviousPage).toBe(true);

    const back = await page({ last: 50, before: second.pageInfo.startCursor, sortKey: 'TITLE' });
    expect(back.nodes.map((node) => node.id)).toEqual(first.nodes.map((node) => node.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    const straddling = await page({ last: 20, before: second.edges[10]!.cursor, sortKey: 'TITLE' });
    expect(straddling.nodes.map((node) => node.id)).toEqual([...first.nodes.slice(40), ...second.nodes.slice(0, 10)].map((node) => node.id));
    expect(straddling.pageInfo.hasPreviousPage).toBe(true);

    const end = await page({ last: 30, sortKey: 'TITLE' });
    const tail = await select<{ title: string }>(sql`select title from (select title, id from catalog.products order by title desc, id desc limit 30) t order by title, id`);
    expect(end.nodes.map((node) => node.title)).toEqual(tail.map((row) => row.title));
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('counts every product', async () => {
    expect((await page({ first: 1 })).totalCount).toBe(await count(sql`select 1 from catalog.products`));
  });

  it('filters with the query syntax exactly as the tables say', async () => {
    const [{ vendor }] = await select<{ vendor: string }>(sql`
      select vendor from catalog.products where vendor like '% %' group by vendor order by (vendor like '%&%') desc, vendor limit 1`) as [{ vendor: string }];
    const cases: Array<[string, SQL, (node: ProductNode) => boolean]> = [
      [`vendor:"${vendor}"`, sql`p.vendor = ${vendor}`, (node) => node.vendor === vendor],
      ['tag:sale', sql`'sale' = any(p.tags)`, (node) => node.tags.includes('sale')],
      ['product_type:Sneakers', sql`p.product_type = 'Sneakers'`, (node) => node.productType === 'Sneakers'],
      ['tag:sale product_type:Sneakers', sql`'sale' = any(p.tags) and p.product_type = 'Sneakers'`, (node) => node.tags.includes('sale')],
      ['available_for_sale:false', sql`not ${availableSql(sql`p.id`)}`, () => true],
      ['available_for_sale:true', availableSql(sql`p.id`), () => true],
      ['title:hoodie', sql`p.title ilike '%hoodie%'`, (node) => /hoodie/i.test(node.title)],
    ];
    for (const [text, condition, holds] of cases) {
      const result = await page({ first: 100, query: text });
      const expected = await count(sql`select 1 from catalog.products p where ${condition}`);
      expect(expected, text).toBeGreaterThan(0);
      expect(result.totalCount, text).toBe(expected);
      expect(result.nodes.length, text).toBe(Math.min(100, expected));
      expect(result.nodes.every(holds), text).toBe(true);
    }
    const soldOut = await page({ first: 100, query: 'available_for_sale:false' });
    const soldOutIds = soldOut.nodes.map((node) => idOf(node.id));
    expect(await count(sql`select 1 from catalog.products p where p.id = any(${`{${soldOutIds.join(',')}}`}::bigint[]) and ${availableSql(sql`p.id`)}`)).toBe(0);
  });
});

describe('collection products', () => {
  const COLLECTION = 'apparel';
  let collectionId = 0;

  beforeAll(async () => {
    const [row] = await select<{ id: number }>(sql`select id::int from catalog.collections where handle = ${COLLECTION}`);
    collectionId = row!.id;
  });

  const inCollection = (condition: SQL = sql`true`) => sql`
    select 1 from catalog.products p
    join catalog.collection_products cp on cp.product_id = p.id and cp.collection_id = ${collectionId}
    where ${condition}`;

  /** totalCount for each filter list, in one request (aliases stay under the gateway's limit of 30). */
  async function totals(filterLists: unknown[][], search?: string): Promise<number[]> {
    const result: number[] = [];
    for (let start = 0; start < filterLists.length; start += 25) {
      const chunk = filterLists.slice(start, start + 25);
      const declarations = chunk.map((_, i) => `$f${i}: [ProductFilter!]`).join(', ');
      const fields = chunk.map((_, i) => `c${i}: products(first: 0, filters: $f${i}) { totalCount }`).join('\n');
      const variables = Object.fromEntries(chunk.map((filters, i) => [`f${i}`, filters]));
      if (search == null) {
        const data = await query<{ collection: Record<string, { totalCount: number }> }>(
          `query(${declarations}) { collection(handle: "${COLLECTION}") { ${fields} } }`, variables);
        result.push(...chunk.map((_, i) => data.collection[`c${i}`]!.totalCount));
      } else {
        const searchFields = chunk.map((_, i) => `c${i}: search(query: $q, first: 0, filters: $f${i}) { totalCount }`).join('\n');
        const data = await query<Record<string, { totalCount: number }>>(
          `query($q: String!, ${declarations}) { ${searchFields} }`, { ...variables, q: search });
        result.push(...chunk.map((_, i) => data[`c${i}`]!.totalCount));
      }
    }
    return result;
  }

  async function facets(filters: unknown[] = []): Promise<Filter[]> {
    const data = await query<{ collection: { products: ProductPage } }>(`query($filters: [ProductFilter!]) {
      collection(handle: "${COLLECTION}") { products(first: 0, filters: $filters) { filters { id label type values { id label count input } } } }
    }`, { filters });
    return data.collection.products.filters;
  }

  it('sorts RELEVANCE by merchandised position, and reverse flips it', async () => {
    const positions = await select<{ id: number }>(sql`
      select product_id::int as id from catalog.collection_products where collection_id = ${collectionId} order by position, product_id`);
    const ids: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages++) {
      const data: { collection: { products: ProductPage } } = await query(`query($after: String) {
        collection(handle: "${COLLECTION}") { products(first: 50, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }
      }`, { after });
      ids.push(...data.collection.products.nodes.map((node) => idOf(node.id)));
      after = data.collection.products.pageInfo.endCursor;
    }
    expect(ids).toEqual(positions.slice(0, 150).map((row) => row.id));

    const reversed = await query<{ collection: { products: ProductPage } }>(`{
      collection(handle: "${COLLECTION}") { products(first: 50, reverse: true) { nodes { id } } }
    }`);
    expect(reversed.collection.products.nodes.map((node) => idOf(node.id))).toEqual(positions.slice(-50).reverse().map((row) => row.id));
  });

  it('narrows totalCount with each filter to exactly what the tables hold', async () => {
    const [top] = await select<{ vendor: string }>(sql`
      select p.vendor from catalog.products p
      join catalog.collection_products cp on cp.product_id = p.id and cp.collection_id = ${collectionId}
      group by p.vendor order by count(*) desc, p.vendor limit 1`);
    const vendor = top!.vendor;
    const cases: Array<[unknown[], SQL]> = [
      [[], sql`true`],
      [[{ productVendor: vendor }], sql`p.vendor = ${vendor}`],
      [[{ variantOption: { name: 'Size', value: 'M' } }], hasVariant(sql`p.id`, optionIs('Size', 'M'))],
      [[{ variantOption: { name: 'Size', value: 'M' } }, { variantOption: { name: 'Size', value: 'XXL' } }],
        hasVariant(sql`p.id`, sql`(${optionIs('Size', 'M')} or ${optionIs('Size', 'XXL')})`)],
      [[{ price: { min: 20, max: 50 } }], hasVariant(sql`p.id`, sql`v.price between 20 and 50`)],
      [[{ price: { min: 100 } }], hasVariant(sql`p.id`, sql`v.price >= 100`)],
      [[{ available: true }], availableSql(sql`p.id`)],
      [[{ available: false }], sql`not ${availableSql(sql`p.id`)}`],
      [[{ tag: 'sale' }], sql`'sale' = any(p.tags)`],
      [[{ tag: 'sale' }, { tag: 'winter' }], sql`p.tags && array['sale', 'winter']`],
      [[{ productVendor: vendor }, { variantOption: { name: 'Size', value: 'M' } }, { variantOption: { name: 'Color', value: 'Black' } }, { price: { max: 80 } }],
        sql`p.vendor = ${vendor} and ${hasVariant(sql`p.id`, sql`${optionIs('Size', 'M')} and ${optionIs('Color', 'Black')} and v.price <= 80`)}`],
    ];
    const actual = await totals(cases.map(([filters]) => filters));
    const expected = await Promise.all(cases.map(([, condition]) => count(inCollection(condition))));
    expect(actual).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(5);
  });

  it('counts each facet value exactly as applying it would', async () => {
    const list = await facets();
    expect(list.map((facet) => facet.id)).toEqual(expect.arrayContaining(['filter.p.vendor', 'filter.v.option.size', 'filter.v.option.color']));
    const values = list.flatMap((facet) => facet.values);
    expect(await totals(values.map((value) => [value.input]))).toEqual(values.map((value) => value.count));

    const vendors = await select<{ vendor: string; count: number }>(sql`
      select p.vendor, count(*)::int as count from catalog.products p
      join catalog.collection_products cp on cp.product_id = p.id and cp.collection_id = ${collectionId}
      group by p.vendor`);
    const vendorFacet = list.find((facet) => facet.id === 'filter.p.vendor')!;
    expect(Object.fromEntries(vendorFacet.values.map((value) => [value.label, value.count])))
      .toEqual(Object.fromEntries(vendors.map((row) => [row.vendor, row.count])));
  });

  it('keeps facet counts disjunctive within a group and conjunctive across groups', async () => {
    const black = { variantOption: { name: 'Color', value: 'Black' } };
    const list = await facets([black]);
    const sizes = list.find((facet) => facet.id === 'filter.v.option.size')!;
    expect(sizes.values.length).toBeGreaterThan(3);
    // Each size counts products with one variant that is both that size and black.
    expect(await totals(sizes.values.map((value) => [black, value.input]))).toEqual(sizes.values.map((value) => value.count));
    const expected = await Promise.all(sizes.values.map((value) =>
      count(inCollection(hasVariant(sql`p.id`, sql`${optionIs('Size', value.label)} and ${optionIs('Color', 'Black')}`)))));
    expect(sizes.values.map((value) => value.count)).toEqual(expected);

    // Colours ignore the colour selection: ticking Black still shows how many are Red.
    const colors = list.find((facet) => facet.id === 'filter.v.option.color')!;
    const unfiltered = (await facets()).find((facet) => facet.id === 'filter.v.option.color')!;
    expect(colors.values).toEqual(unfiltered.values);

    // Two vendors ticked: each vendor's count is unchanged, and the total is their sum.
    const vendors = (await facets()).find((facet) => facet.id === 'filter.p.vendor')!.values;
    const [a, b] = [vendors[0]!, vendors[1]!];
    const withA = (await facets([a.input])).find((facet) => facet.id === 'filter.p.vendor')!.values;
    expect(withA.find((value) => value.id === b.id)?.count).toBe(b.count);
    expect(await totals([[a.input, b.input]])).toEqual([a.count + b.count]);
  });
});

describe('search', () => {
  const SEARCH = `query($q: String!, $first: Int) {
    search(query: $q, first: $first) { totalCount nodes { id title } filters { id values { label count input } } }
  }`;
  const search = async (q: string, first = 20) => (await query<{ search: ProductPage }>(SEARCH, { q, first })).search;

  it.each([
    ['snekers', /sneakers/i],
    ['hoody', /hoodie/i],
    ['backpak', /backpack/i],
  ])('reads the typo "%s" and ranks matching titles first', async (q, title) => {
    const result = await search(q);
    expect(result.nodes).toHaveLength(20);
    for (const node of result.nodes) expect(node.title).toMatch(title);
    const titled = await count(sql`select 1 from catalog.products where title ~* ${title.source}`);
    expect(result.totalCount).toBeGreaterThanOrEqual(titled);
  });

  it('pages through every result once, across equal ranks', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 20; pages++) {
      const data: { search: ProductPage } = await query(
        'query($after: String) { search(query: "leather", first: 250, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after });
      total = data.search.totalCount;
      ids.push(...data.search.nodes.map((node) => node.id));
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(250);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('narrows with more words', async () => {
    const boots = await search('boots');
    const leatherBoots = await search('leather boots');
    expect(leatherBoots.totalCount).toBeGreaterThan(0);
    expect(leatherBoots.totalCount).toBeLessThan(boots.totalCount);
    expect(leatherBoots.nodes[0]!.title).toMatch(/leather.*boots/i);
  });

  it.each([
    [''], ['   '], ['%%%'], ["'; drop table catalog.products; --"], ['👟🔥 😀'], ['x'.repeat(500)], ['a:b:c'],
    ['"unbalanced'], ['\\'], ['(a | b) & !c'], ['sneakers:*'],
  ])('answers the odd query %j with a valid result', async (q) => {
    const response = await graphql<{ search: ProductPage }>(gateway, SEARCH, { q, first: 5 });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.totalCount).toBeGreaterThanOrEqual(0);
    expect(response.data!.search.nodes.length).toBeLessThanOrEqual(5);
    expect(await count(sql`select 1 from catalog.products`)).toBeGreaterThan(0);
  });

  it('returns facets whose counts match applying them', async () => {
    const result = await search('boots');
    const vendors = result.filters.find((facet) => facet.id === 'filter.p.vendor');
    expect(vendors?.values.length).toBeGreaterThan(1);
    const filterLists = vendors!.values.map((value) => [value.input]);
    const data = await Promise.all(filterLists.map((filters) =>
      query<{ search: { totalCount: number } }>(
        'query($f: [ProductFilter!]) { search(query: "boots", first: 0, filters: $f) { totalCount } }', { f: filters })));
    expect(data.map((item) => item.search.totalCount)).toEqual(vendors!.values.map((value) => value.count));
    expect(vendors!.values.reduce((sum, value) => sum + value.count, 0)).toBe(result.totalCount);
  });
});

describe('node and nodes', () => {
  it('resolves products, variants and collections, with inventory fields on variants', async () => {
    const [variant] = await select<{ id: number; product_id: number; title: string; tracked: boolean; quantity: number }>(sql`
      select v.id::int, v.product_id::int, v.title, i.tracked, (select sum(l.on_hand - l.reserved)::int from inventory.levels l where l.variant_id = v.id) as quantity
      from catalog.variants v join inventory.items i on i.variant_id = v.id
      where i.tracked and (select sum(l.on_hand - l.reserved) from inventory.levels l where l.variant_id = v.id) > 0
      order by v.id limit 1`);
    const [collection] = await select<{ id: number; handle: string }>(sql`select id::int, handle from catalog.collections order by id limit 1`);
    const [product] = await select<{ title: string }>(sql`select title from catalog.products where id = ${variant!.product_id}`);
    const fields = `
      __typename id
      ... on Product { title }
      ... on ProductVariant { title availableForSale quantityAvailable product { id } }
      ... on Collection { handle }`;
    const ids = [gid('Product', variant!.product_id), gid('ProductVariant', variant!.id), gid('Collection', collection!.id), gid('Product', 99_999_999)];
    const data = await query<{ node: unknown; nodes: unknown[] }>(
      `query($id: ID!, $ids: [ID!]!) { node(id: $id) { ${fields} } nodes(ids: $ids) { ${fields} } }`,
      { id: ids[1], ids },
    );
    const variantNode = {
      __typename: 'ProductVariant', id: ids[1], title: variant!.title, availableForSale: true, quantityAvailable: variant!.quantity,
      product: { id: ids[0] },
    };
    expect(data.node).toEqual(variantNode);
    expect(data.nodes).toEqual([
      { __typename: 'Product', id: ids[0], title: product!.title },
      variantNode,
      { __typename: 'Collection', id: ids[2], handle: collection!.handle },
      null,
    ]);
  });

  it('rejects more than 250 ids and malformed ids', async () => {
    const ids = Array.from({ length: 251 }, (_, i) => gid('Product', i + 1));
    expect(await errorCodes('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes('{ node(id: "abc") { id } }')).toEqual(['BAD_USER_INPUT']);
  });
});

describe('collections', () => {
  it('pages over every collection once, A to Z', async () => {
    const ids: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const data: { collections: { nodes: Array<{ id: string }>; pageInfo: PageInfo } } = await query(
        'query($after: String) { collections(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', { after });
      ids.push(...data.collections.nodes.map((node) => idOf(node.id)));
      if (!data.collections.pageInfo.hasNextPage) break;
      after = data.collections.pageInfo.endCursor;
    }
    const expected = await select<{ id: number }>(sql`select id::int from catalog.collections order by title, id`);
    expect(ids).toEqual(expected.map((row) => row.id));
  });
});

describe('paging arguments', () => {
  const lists = {
    products: (args: string) => `{ products(${args}) { nodes { id } } }`,
    collections: (args: string) => `{ collections(${args}) { nodes { id } } }`,
    collectionProducts: (args: string) => `{ collection(handle: "sale") { products(${args}) { nodes { id } } } }`,
    search: (args: string) => `{ search(query: "boots", ${args}) { nodes { id } } }`,
    variants: (args: string) => `{ product(id: "gid://shop/Product/1") { variants(${args}) { nodes { id } } } }`,
  };

  it.each(Object.keys(lists))('rejects bad paging input on %s with BAD_USER_INPUT', async (name) => {
    const build = lists[name as keyof typeof lists];
    for (const args of ['first: -1', 'first: 100000', 'first: 251', 'first: 2, after: "not-a-cursor"', 'first: 2, after: "eyJ2IjoxfQ"']) {
      expect(await errorCodes(build(args)), `${name}(${args})`).toEqual(['BAD_USER_INPUT']);
    }
  });

  it.each(['products', 'collectionProducts', 'variants'])('rejects first with last on %s', async (name) => {
    expect(await errorCodes(lists[name as keyof typeof lists]('first: 2, last: 2'))).toEqual(['BAD_USER_INPUT']);
  });

  it.each(Object.keys(lists))('gives an empty page for first: 0 on %s', async (name) => {
    const data = await query<Record<string, unknown>>(lists[name as keyof typeof lists]('first: 0'));
    expect(JSON.stringify(data)).toContain('"nodes":[]');
  });

  it('rejects a cursor made for another sort, or forged, as BAD_USER_INPUT', async () => {
    const titles = await query<{ products: ProductPage }>('{ products(first: 2, sortKey: TITLE) { pageInfo { endCursor } } }');
    const cursor = titles.products.pageInfo.endCursor!;
    const prices = await query<{ products: ProductPage }>('{ products(first: 2, sortKey: PRICE) { pageInfo { endCursor } } }');
    const priceCursor = prices.products.pageInfo.endCursor!;
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const [sortKey, after] of [
      ['PRICE', cursor], ['CREATED_AT', cursor], ['BEST_SELLING', cursor],
      // A price is valid text, so only the sort key the cursor records tells this one apart.
      ['TITLE', priceCursor], ['RELEVANCE', priceCursor],
      ['PRICE', forged({ v: 'abc', id: 1 })], ['CREATED_AT', forged({ v: 'yesterday', id: 1 })],
      ['BEST_SELLING', forged({ v: '99999999999', id: 1 })], ['RELEVANCE', forged({ v: '1.5', id: 1 })],
      ['CREATED_AT', forged({ v: '2024-02-30 10:00:00+00', id: 1 })], ['TITLE', forged({ v: 'a\u0000b', id: 1 })],
    ]) {
      expect(await errorCodes(`query($after: String) { products(first: 2, sortKey: ${sortKey}, after: $after) { nodes { id } } }`, { after }), `${sortKey} ${after}`)
        .toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('text PostgreSQL cannot store (NUL)', () => {
  const nul = 'a\u0000b';

  it('is refused in variables and literals anywhere, as BAD_USER_INPUT', async () => {
    expect(await errorCodes('query($h: String!) { product(handle: $h) { id } collection(handle: $h) { id } }', { h: nul }))
      .toEqual(['BAD_USER_INPUT']);
    for (const text of [`title:${nul}`, `vendor:${nul}`, `tag:"${nul}"`, nul]) {
      expect(await errorCodes('query($q: String) { products(first: 1, query: $q) { totalCount } }', { q: text }), JSON.stringify(text))
        .toEqual(['BAD_USER_INPUT']);
    }
    for (const filter of [{ tag: nul }, { productVendor: nul }, { variantOption: { name: 'Size', value: nul } }]) {
      expect(await errorCodes('query($f: [ProductFilter!]) { search(query: "boots", first: 1, filters: $f) { totalCount } }', { f: [filter] }))
        .toEqual(['BAD_USER_INPUT']);
    }
    expect(await errorCodes('{ product(handle: "a\\u0000b") { id } }')).toEqual(['BAD_USER_INPUT']);
  });

  it('marks a forged cursor, which is BAD_USER_INPUT', async () => {
    const after = Buffer.from(JSON.stringify({ t: nul, id: 1 })).toString('base64url');
    expect(await errorCodes('query($after: String) { collections(first: 2, after: $after) { nodes { id } } }', { after })).toEqual(['BAD_USER_INPUT']);
  });
});
