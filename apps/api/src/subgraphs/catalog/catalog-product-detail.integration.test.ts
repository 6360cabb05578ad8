import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { createCatalogTestApi, gid, hasVariant, idOf } from './catalog-test-api.js';

// One product through the gateway: by handle and by id, its variants, prices, images and SEO,
// and what a bad product id or handle gives.

interface Money {
  amount: string;
  currencyCode?: string;
}

const api = useTestStack();
const { select, query, errorCodes } = createCatalogTestApi(api);

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
      sql`select handle, title, seo_title, options from catalog.products where id = ${productId}`,
    );
    const [{ currency }] = (await select<{ currency: string }>(
      sql`select currency_code as currency from catalog.shop`,
    )) as [{ currency: string }];
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

    const variants = await select<{
      id: number;
      title: string;
      sku: string | null;
      price: string;
      compare: string | null;
      options: unknown;
    }>(sql`
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
      range!.cmin == null
        ? null
        : { minVariantPrice: { amount: range!.cmin }, maxVariantPrice: { amount: range!.cmax } },
    );

    const [image] = await select<{ id: number; width: number; height: number }>(sql`
      select id::int, width, height from catalog.images where product_id = ${productId} order by position, id limit 1`);
    expect(found.featuredImage).toMatchObject({
      id: gid('Image', image!.id),
      width: image!.width,
      height: image!.height,
    });
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
    const data = await query<{ product: ProductDetail }>(
      `{ product(id: "${gid('Product', 7)}") { ...P } } ${productFields}`,
    );
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
    const data = await query<{
      products: { nodes: ProductRanges[] };
      collection: { products: { nodes: ProductRanges[] } };
    }>(`{
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
    const expected = new Map(
      rows.map((row) => [
        row.id,
        {
          priceRange: { minVariantPrice: { amount: row.min }, maxVariantPrice: { amount: row.max } },
          compareAtPriceRange:
            row.cmin == null ? null : { minVariantPrice: { amount: row.cmin }, maxVariantPrice: { amount: row.cmax } },
        },
      ]),
    );
    expect(nodes.filter((node) => node.compareAtPriceRange != null).length).toBeGreaterThan(10);
    for (const node of nodes) {
      expect({ priceRange: node.priceRange, compareAtPriceRange: node.compareAtPriceRange }, node.id).toEqual(
        expected.get(idOf(node.id)),
      );
    }
  });

  it('is null for an unknown handle or id, and for an id of another type', async () => {
    const [{ max }] = (await select<{ max: number }>(sql`select max(id)::int as max from catalog.products`)) as [
      { max: number },
    ];
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
