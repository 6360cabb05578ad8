import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../../platform/db/client.js';
import type { Identity } from '../../../platform/identity.js';
import { customersClient, PASSWORD, uniqueEmail } from '../../../test/customers-client.js';
import { signedLikeGateway } from '../../../test/sign-like-gateway.js';
import { graphql, useTestStack } from '../../../test/stack.js';
import { ensureDevStaff } from '../../customers/index.js';
import type { TaskContext } from '../../../worker/task-context.js';
import { catalogTasks, invalidationTagsForProducts } from '../index.js';
import { SEARCH_TERMS_JOB, updateProduct, updateVariantPrices } from './product-update.js';

// productUpdate and variantPricesUpdate. Other files read the seeded catalog's prices and titles
// at the same time, so changes that stick set what is already there (the write, its outbox row
// and the answer are real; the values do not move); changes that move values run in a
// transaction that is rolled back.
const api = useTestStack();
const database = connectDatabase(inject('databaseUrl'), { max: 4 });
afterAll(() => database.close());
const db = database.db;

interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}
interface Payload {
  product: { id: string; title: string; priceRange: { minVariantPrice: { amount: string } } } | null;
  userErrors: UserError[];
}
type Response = Partial<Record<'productUpdate' | 'variantPricesUpdate', Payload>>;

const PRODUCT_UPDATE = `mutation($id: ID!, $input: ProductUpdateInput!) {
  productUpdate(id: $id, input: $input) {
    product { id title priceRange { minVariantPrice { amount } } }
    userErrors { field message code }
  }
}`;
const PRICES_UPDATE = `mutation($prices: [VariantPriceUpdateInput!]!) {
  variantPricesUpdate(prices: $prices) {
    product { id title priceRange { minVariantPrice { amount } } }
    userErrors { field message code }
  }
}`;
const STOCK_SET = `mutation($id: ID!, $quantity: Int!) {
  inventorySet(variantId: $id, quantity: $quantity) { userErrors { code } }
}`;

const staff = (...roles: Array<'MARKETER' | 'MERCHANDISER' | 'ADMIN'>): Identity => ({
  kind: 'staff',
  staffId: 1,
  roles,
});

/** Straight to a subgraph as the gateway would send it for `identity`. */
function asIdentity<T>(
  service: 'catalog' | 'inventory',
  identity: Identity | null,
  query: string,
  variables: Record<string, unknown>,
) {
  const url = `${api.stack.url(service)}/graphql`;
  return graphql<T>(
    url,
    query,
    variables,
    signedLikeGateway(url, { query, variables }, identity, api.stack.gatewaySecret, { audience: service }),
  );
}

/** A seeded product with at least two variants, in at least one collection, and its current values. */
async function aProduct() {
  const [row] = await db.execute<{ id: string; title: string; variant_ids: string[]; prices: string[] }>(sql`
    select p.id::text, p.title, array_agg(v.id::text order by v.id) as variant_ids,
           array_agg(v.price::text order by v.id) as prices
      from catalog.products p join catalog.variants v on v.product_id = p.id
     where exists (select 1 from catalog.collection_products cp where cp.product_id = p.id)
       and v.compare_at_price is null
     group by p.id having count(*) >= 2 order by p.id limit 1`);
  const productId = Number(row!.id);
  return {
    productId,
    gid: `gid://shop/Product/${productId}`,
    title: row!.title,
    variants: row!.variant_ids.map((id, index) => ({ id: Number(id), price: row!.prices[index]! })),
  };
}

const codes = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.map((error) => error.extensions?.code);

async function outboxRowsFor(productId: number, since: Date) {
  return db.execute<{ tags: string[]; reason: string }>(sql`
    select tags, reason from outbox.cache_invalidations
     where ${`product:${productId}`} = any(tags) and created_at >= ${since.toISOString()}::timestamptz`);
}

describe('who may merchandise', () => {
  it('refuses anonymous callers and shoppers (a real customer token) with a GraphQL error, never a 500', async () => {
    const product = await aProduct();
    const prices = { prices: [{ variantId: `gid://shop/ProductVariant/${product.variants[0]!.id}`, price: '1.00' }] };
    const update = { id: product.gid, input: { title: 'Hijacked' } };

    const anonymous = await graphql<Response>(api.gateway, PRODUCT_UPDATE, update);
    expect(anonymous.status).toBe(200);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);

    const customers = customersClient(api.stack);
    const email = uniqueEmail('merch-shopper');
    await customers.createCustomer({ email });
    const shopperToken = await customers.signIn(email, PASSWORD);
    const bearer = { authorization: `Bearer ${shopperToken}` };
    for (const [query, variables] of [
      [PRODUCT_UPDATE, update],
      [PRICES_UPDATE, prices],
      [STOCK_SET, { id: `gid://shop/ProductVariant/${product.variants[0]!.id}`, quantity: 0 }],
    ] as const) {
      const response = await graphql<Response>(api.gateway, query, variables, bearer);
      expect(response.status).toBe(200);
      expect(codes(response)).toEqual(['FORBIDDEN']);
    }
    expect((await aProduct()).title).toBe(product.title);
    expect((await aProduct()).variants).toEqual(product.variants);
  });

  it('refuses a MARKETER-only identity stock changes but lets it and a MERCHANDISER merchandise', async () => {
    const product = await aProduct();
    const marketerStock = await asIdentity('inventory', staff('MARKETER'), STOCK_SET, {
      id: `gid://shop/ProductVariant/${product.variants[0]!.id}`,
      quantity: 0,
    });
    expect(codes(marketerStock)).toEqual(['FORBIDDEN']);
    const customer = await asIdentity<Response>('catalog', { kind: 'customer', customerId: 1 }, PRODUCT_UPDATE, {
      id: product.gid,
      input: { title: 'x' },
    });
    expect(codes(customer)).toEqual(['FORBIDDEN']);

    const since = new Date(Date.now() - 1000);
    const marketer = await asIdentity<Response>('catalog', staff('MARKETER'), PRODUCT_UPDATE, {
      id: product.gid,
      input: { title: product.title },
    });
    expect(marketer.errors).toBeUndefined();
    expect(marketer.data!.productUpdate).toMatchObject({ product: { id: product.gid }, userErrors: [] });

    const merchandiser = await asIdentity<Response>('catalog', staff('MERCHANDISER'), PRICES_UPDATE, {
      prices: product.variants.map((variant) => ({
        variantId: `gid://shop/ProductVariant/${variant.id}`,
        price: variant.price,
      })),
    });
    expect(merchandiser.errors).toBeUndefined();
    expect(merchandiser.data!.variantPricesUpdate!.userErrors).toEqual([]);
    expect(merchandiser.data!.variantPricesUpdate!.product!.id).toBe(product.gid);
    // Each change left its invalidation behind.
    expect((await outboxRowsFor(product.productId, since)).length).toBeGreaterThanOrEqual(2);
  });

  it('lets ADMIN through the gateway with a real staff token', async () => {
    const product = await aProduct();
    const admin = await ensureDevStaff(api.stack.database.db, `merch-${randomBytes(4).toString('hex')}@example.com`);
    const customers = customersClient(api.stack);
    const signIn = await customers.attemptSignIn(admin.email, admin.password, { kind: 'staff' });
    const response = await graphql<Response>(
      api.gateway,
      PRODUCT_UPDATE,
      { id: product.gid, input: { title: product.title } },
      { authorization: `Bearer ${signIn.token!.accessToken}` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.productUpdate!.product!.title).toBe(product.title);
  });
});

describe('merchandising input', () => {
  const errorsOf = async (query: string, variables: Record<string, unknown>, field: keyof Response) => {
    const response = await asIdentity<Response>('catalog', staff('ADMIN'), query, variables);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data![field]!.product).toBeNull();
    return response.data![field]!.userErrors.map((error) => `${error.field?.join('.')}:${error.code}`);
  };

  it('answers bad prices with userErrors and changes nothing', async () => {
    const product = await aProduct();
    const [first, second] = product.variants.map((variant) => `gid://shop/ProductVariant/${variant.id}`);
    const [other] = await db.execute<{ id: string }>(
      sql`select id::text from catalog.variants where product_id <> ${product.productId} order by id limit 1`,
    );
    const prices = (...list: Array<Record<string, unknown>>) => ({ prices: list });
    const check = (variables: Record<string, unknown>) => errorsOf(PRICES_UPDATE, variables, 'variantPricesUpdate');

    expect(await check(prices({ variantId: first, price: '12.345' }))).toEqual(['prices.0.price:INVALID']);
    expect(await check(prices({ variantId: first, price: '0' }))).toEqual(['prices.0.price:LESS_THAN']);
    expect(await check(prices({ variantId: first, price: '1000000.01' }))).toEqual(['prices.0.price:GREATER_THAN_MAX']);
    expect(await check(prices({ variantId: first, price: '10', compareAtPrice: '5' }))).toEqual([
      'prices.0.compareAtPrice:INVALID',
    ]);
    expect(await check(prices({ variantId: 'gid://shop/ProductVariant/999999999', price: '10' }))).toEqual([
      'prices.0.variantId:NOT_FOUND',
    ]);
    expect(await check(prices({ variantId: 'not an id', price: '10' }))).toEqual(['prices.0.variantId:INVALID']);
    expect(
      await check(
        prices({ variantId: first, price: '10' }, { variantId: `gid://shop/ProductVariant/${other!.id}`, price: '10' }),
      ),
    ).toEqual(['prices:INVALID']);
    // A valid price beside a bad one changes neither.
    expect(await check(prices({ variantId: first, price: '10' }, { variantId: second, price: '-1' }))).toEqual([
      'prices.1.price:LESS_THAN',
    ]);
    expect((await aProduct()).variants).toEqual(product.variants);
  });

  it('answers bad product input with userErrors and changes nothing', async () => {
    const product = await aProduct();
    const check = (id: string, input: Record<string, unknown>) =>
      errorsOf(PRODUCT_UPDATE, { id, input }, 'productUpdate');
    expect(await check(product.gid, { title: '' })).toEqual(['input.title:INVALID']);
    expect(await check(product.gid, { title: 'x'.repeat(256) })).toEqual(['input.title:TOO_LONG']);
    expect(await check(product.gid, { tags: Array.from({ length: 251 }, (_, i) => `t${i}`) })).toEqual([
      'input.tags:TOO_LONG',
    ]);
    expect(await check(product.gid, { description: 'd'.repeat(64 * 1024 + 1) })).toEqual([
      'input.description:TOO_LONG',
    ]);
    expect(await check('gid://shop/Product/999999999', { title: 'New' })).toEqual(['id:NOT_FOUND']);
    expect(await check('gid://shop/Collection/1', { title: 'New' })).toEqual(['id:NOT_FOUND']);
    expect(await check('nonsense', { title: 'New' })).toEqual(['id:INVALID']);
    expect((await aProduct()).title).toBe(product.title);
  });
});

class Rollback extends Error {}
async function inRolledBackTransaction(body: (tx: typeof db) => Promise<void>): Promise<void> {
  const outcome = await db
    .transaction(async (tx) => {
      await body(tx as unknown as typeof db);
      throw new Rollback('checked');
    })
    .catch((error: unknown) => {
      if (error instanceof Rollback) return error.message;
      throw error;
    });
  expect(outcome).toBe('checked');
}

describe('what a change does (in a transaction that is rolled back)', () => {
  it('a price change moves the price range and records product and collection tags in the same transaction', async () => {
    const product = await aProduct();
    const collectionIds = (
      await db.execute<{ id: string }>(
        sql`select collection_id::text as id from catalog.collection_products where product_id = ${product.productId}`,
      )
    ).map((row) => Number(row.id));
    expect(collectionIds.length).toBeGreaterThan(0);
    const expectedTags = [`product:${product.productId}`, ...collectionIds.map((id) => `collection:${id}`)].sort();
    expect((await invalidationTagsForProducts(db, [product.productId])).sort()).toEqual(expectedTags);

    await inRolledBackTransaction(async (tx) => {
      const result = await updateVariantPrices(tx, [
        { variantId: `gid://shop/ProductVariant/${product.variants[0]!.id}`, price: '0.5', compareAtPrice: '2' },
      ]);
      expect(result).toEqual({ productId: product.productId, userErrors: [] });
      const [derived] = await tx.execute<{ price_min: string; compare_at_max: string | null }>(
        sql`select price_min::text, compare_at_max::text from catalog.products where id = ${product.productId}`,
      );
      expect(derived).toEqual({ price_min: '0.50', compare_at_max: '2.00' });
      const [outbox] = await tx.execute<{ tags: string[]; done_at: Date | null }>(
        sql`select tags, done_at from outbox.cache_invalidations order by id desc limit 1`,
      );
      // And the variant's own answers (a `node(id:)` of it names no product).
      expect([...outbox!.tags].sort()).toEqual([...expectedTags, `variant:${product.variants[0]!.id}`].sort());
      expect(outbox!.done_at).toBeNull();
      const jobs = await tx.execute<{ key: string }>(
        sql`select key from graphile_worker._private_jobs where key = 'cache.flush-invalidations'`,
      );
      expect(jobs).toHaveLength(1);
    });
    // Rolled back: the price and the invalidation went together.
    expect((await aProduct()).variants).toEqual(product.variants);
  });

  it('a product update escapes the description into descriptionHtml and is found by its new title, whose words join the search vocabulary', async () => {
    const product = await aProduct();
    await inRolledBackTransaction(async (tx) => {
      const result = await updateProduct(tx, product.gid, {
        title: 'Zyxwvut special edition',
        description: '<script>alert(1)</script> & more',
        tags: ['merch-test'],
      });
      expect(result).toEqual({ productId: product.productId, userErrors: [] });
      const [row] = await tx.execute<{ description_html: string; tags: string[]; found: boolean }>(sql`
        select description_html, tags, search_vector @@ plainto_tsquery('english', 'zyxwvut') as found
          from catalog.products where id = ${product.productId}`);
      expect(row).toEqual({
        description_html: '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
        tags: ['merch-test'],
        found: true,
      });
      // The typo-tolerant search's vocabulary learns the new word from a job after commit, not
      // inside the product's locked transaction; one job serves many edits.
      const known = async () =>
        (
          await tx.execute<{ count: number }>(
            sql`select count(*)::int as count from catalog.search_terms where word = 'zyxwvut'`,
          )
        )[0]!.count;
      expect(await known()).toBe(0);
      await updateProduct(tx, product.gid, { tags: ['merch-test', 'second-edit'] });
      const jobs = await tx.execute<{ key: string }>(
        sql`select key from graphile_worker._private_jobs where key = ${SEARCH_TERMS_JOB}`,
      );
      expect(jobs).toHaveLength(1);
      await catalogTasks['catalog.refresh-search-terms']({}, { db: tx } as unknown as TaskContext);
      expect(await known()).toBe(1);
    });
  });
});
