import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { createCatalogTestApi, gid, type ProductPage } from './catalog-test-api.js';

// node and nodes through the gateway, and the input every list refuses: bad paging arguments,
// foreign or forged cursors, and text PostgreSQL cannot store.

const api = useTestStack();
const { select, query, errorCodes } = createCatalogTestApi(api);

describe('node and nodes', () => {
  it('resolves products, variants and collections, with inventory fields on variants', async () => {
    const [variant] = await select<{
      id: number;
      product_id: number;
      title: string;
      tracked: boolean;
      quantity: number;
    }>(sql`
      select v.id::int, v.product_id::int, v.title, i.tracked, (select sum(l.on_hand - l.reserved)::int from inventory.levels l where l.variant_id = v.id) as quantity
      from catalog.variants v join inventory.items i on i.variant_id = v.id
      where i.tracked and (select sum(l.on_hand - l.reserved) from inventory.levels l where l.variant_id = v.id) > 0
      order by v.id limit 1`);
    const [collection] = await select<{ id: number; handle: string }>(
      sql`select id::int, handle from catalog.collections order by id limit 1`,
    );
    const [product] = await select<{ title: string }>(
      sql`select title from catalog.products where id = ${variant!.product_id}`,
    );
    const fields = `
      __typename id
      ... on Product { title }
      ... on ProductVariant { title availableForSale quantityAvailable product { id } }
      ... on Collection { handle }`;
    const ids = [
      gid('Product', variant!.product_id),
      gid('ProductVariant', variant!.id),
      gid('Collection', collection!.id),
      gid('Product', 99_999_999),
    ];
    const data = await query<{ node: unknown; nodes: unknown[] }>(
      `query($id: ID!, $ids: [ID!]!) { node(id: $id) { ${fields} } nodes(ids: $ids) { ${fields} } }`,
      { id: ids[1], ids },
    );
    const variantNode = {
      __typename: 'ProductVariant',
      id: ids[1],
      title: variant!.title,
      availableForSale: true,
      quantityAvailable: variant!.quantity,
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
    for (const args of [
      'first: -1',
      'first: 100000',
      'first: 251',
      'first: 2, after: "not-a-cursor"',
      'first: 2, after: "eyJ2IjoxfQ"',
    ]) {
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
    const titles = await query<{ products: ProductPage }>(
      '{ products(first: 2, sortKey: TITLE) { pageInfo { endCursor } } }',
    );
    const cursor = titles.products.pageInfo.endCursor!;
    const prices = await query<{ products: ProductPage }>(
      '{ products(first: 2, sortKey: PRICE) { pageInfo { endCursor } } }',
    );
    const priceCursor = prices.products.pageInfo.endCursor!;
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const [sortKey, after] of [
      ['PRICE', cursor],
      ['CREATED_AT', cursor],
      ['BEST_SELLING', cursor],
      // A price is valid text, so only the sort key the cursor records tells this one apart.
      ['TITLE', priceCursor],
      ['RELEVANCE', priceCursor],
      ['PRICE', forged({ v: 'abc', id: 1 })],
      ['CREATED_AT', forged({ v: 'yesterday', id: 1 })],
      ['BEST_SELLING', forged({ v: '99999999999', id: 1 })],
      ['RELEVANCE', forged({ v: '1.5', id: 1 })],
      ['CREATED_AT', forged({ v: '2024-02-30 10:00:00+00', id: 1 })],
      ['TITLE', forged({ v: 'a\u0000b', id: 1 })],
    ]) {
      expect(
        await errorCodes(
          `query($after: String) { products(first: 2, sortKey: ${sortKey}, after: $after) { nodes { id } } }`,
          { after },
        ),
        `${sortKey} ${after}`,
      ).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('text PostgreSQL cannot store (NUL)', () => {
  const nul = 'a\u0000b';

  it('is refused in variables and literals anywhere, as BAD_USER_INPUT', async () => {
    expect(
      await errorCodes('query($h: String!) { product(handle: $h) { id } collection(handle: $h) { id } }', { h: nul }),
    ).toEqual(['BAD_USER_INPUT']);
    for (const text of [`title:${nul}`, `vendor:${nul}`, `tag:"${nul}"`, nul]) {
      expect(
        await errorCodes('query($q: String) { products(first: 1, query: $q) { totalCount } }', { q: text }),
        JSON.stringify(text),
      ).toEqual(['BAD_USER_INPUT']);
    }
    for (const filter of [{ tag: nul }, { productVendor: nul }, { variantOption: { name: 'Size', value: nul } }]) {
      expect(
        await errorCodes(
          'query($f: [ProductFilter!]) { search(query: "boots", first: 1, filters: $f) { totalCount } }',
          { f: [filter] },
        ),
      ).toEqual(['BAD_USER_INPUT']);
    }
    expect(await errorCodes('{ product(handle: "a\\u0000b") { id } }')).toEqual(['BAD_USER_INPUT']);
  });

  it('marks a forged cursor, which is BAD_USER_INPUT', async () => {
    const after = Buffer.from(JSON.stringify({ t: nul, id: 1 })).toString('base64url');
    expect(
      await errorCodes('query($after: String) { collections(first: 2, after: $after) { nodes { id } } }', { after }),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
