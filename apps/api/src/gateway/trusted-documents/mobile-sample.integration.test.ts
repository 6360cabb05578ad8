import { describe, expect, it } from 'vitest';
import {
  CartCreateDocument,
  CartDocument,
  CartLinesAddDocument,
  CollectionListingDocument,
  ProductByHandleDocument,
  SearchProductsDocument,
  createMobileClient,
} from '@commerce/mobile-sample';
import { useTestStack } from '../../test/stack.js';

// The sample mobile client against a running gateway: every call goes by hash (queries as GET),
// as a shopper's phone would browse, search and fill a cart.

const api = useTestStack();

describe('the sample mobile client', () => {
  const execute = () => createMobileClient({ endpoint: api.gateway, version: 'test' });

  it('browses a collection, opens a product and searches', async () => {
    const listing = await execute()(CollectionListingDocument, { handle: 'sneakers', first: 4 });
    expect(listing.collection?.products.nodes.length).toBe(4);
    const handle = listing.collection!.products.nodes[0]!.handle;
    const { product } = await execute()(ProductByHandleDocument, { handle });
    expect(product?.handle).toBe(handle);
    expect(product?.variants.nodes.length).toBeGreaterThan(0);
    const search = await execute()(SearchProductsDocument, { query: 'sneakers', first: 3 });
    expect(search.search.totalCount).toBeGreaterThan(0);
    expect(search.search.nodes.length).toBeGreaterThan(0);
  });

  it('creates a cart, adds to it and reads it', async () => {
    const { product } = await execute()(ProductByHandleDocument, { handle: 'keystone-sneakers' });
    const variant = product!.variants.nodes.find((node) => node.availableForSale)!;
    const created = await execute()(CartCreateDocument, {
      input: { lines: [{ merchandiseId: variant.id, quantity: 1 }] },
    });
    expect(created.cartCreate.userErrors).toEqual([]);
    const cartId = created.cartCreate.cart!.id;
    const added = await execute()(CartLinesAddDocument, {
      cartId,
      lines: [{ merchandiseId: variant.id, quantity: 1 }],
    });
    expect(added.cartLinesAdd.userErrors).toEqual([]);
    const { cart } = await execute()(CartDocument, { id: cartId });
    expect(cart?.totalQuantity).toBe(2);
    expect(cart?.lines.nodes.map((line) => line.merchandise.id)).toEqual([variant.id]);
  });
});
