import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../env.js';
import { evictionTick } from '../../platform/outbox/eviction-tick.js';
import type { Stack } from '../../stack.js';
import { ensureDevStaff } from '../../subgraphs/customers/index.js';
import { customersClient, uniqueEmail } from '../../test/customers-client.js';
import { graphql, startTestStack, useTestStack, type GraphQLResponse } from '../../test/stack.js';
import { responseCacheFromEnv } from './index.js';

// The gateway's response cache on the real stack and the run's real Redis (TEST_REDIS_URL).
const STOCK_TTL_MS = 1_500;
const CACHE = { RESPONSE_CACHE: 'on', RESPONSE_CACHE_TTL_MS: '600000', RESPONSE_CACHE_STOCK_TTL_MS: `${STOCK_TTL_MS}` };
const api = useTestStack(CACHE);

const outcome = (response: GraphQLResponse) => response.headers.get('x-response-cache');
const hit = (response: GraphQLResponse) =>
  (response as { extensions?: { responseCache?: { hit?: boolean } } }).extensions?.responseCache?.hit;

async function query<T = Record<string, unknown>>(
  gateway: string,
  document: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T> & { extensions?: Record<string, unknown> };
  return { ...body, status: response.status, headers: response.headers };
}

/** A document no other test sends: each test starts from a miss, whatever ran before in this Redis. */
const fresh = (label: string) => `# ${label} ${randomBytes(6).toString('hex')}\n`;

async function aProduct(stack: Stack) {
  // The last seeded product in a collection: far from the first ones other files reach for.
  const [row] = await stack.database.db.execute<{ id: string; handle: string; title: string }>(sql`
    select p.id::text, p.handle, p.title from catalog.products p
     where exists (select 1 from catalog.collection_products cp where cp.product_id = p.id)
     order by p.id desc limit 1`);
  return { id: Number(row!.id), gid: `gid://shop/Product/${row!.id}`, handle: row!.handle, title: row!.title };
}

async function staffToken(stack: Stack, gateway: string): Promise<string> {
  const admin = await ensureDevStaff(stack.database.db, `cache-${randomBytes(4).toString('hex')}@example.com`);
  const signIn = await graphql<{ staffAccessTokenCreate: { staffAccessToken: { accessToken: string } } }>(
    gateway,
    `
      mutation ($input: StaffAccessTokenCreateInput!) {
        staffAccessTokenCreate(input: $input) {
          staffAccessToken {
            accessToken
          }
        }
      }
    `,
    { input: { email: admin.email, password: admin.password } },
  );
  return signIn.data!.staffAccessTokenCreate.staffAccessToken.accessToken;
}

/** A seeded variant far past the ones other files use, set to `onHand` units as an operator would. */
async function aVariantWithStock(stack: Stack, onHand: number, offset = 21000): Promise<number> {
  const [row] = await stack.database.db.execute<{ id: number }>(sql`
    select variant_id::int as id from inventory.items i
     where exists (select 1 from inventory.levels l where l.variant_id = i.variant_id)
     order by variant_id offset ${offset} limit 1`);
  const variantId = row!.id;
  await stack.database.db.execute(sql`
    update inventory.levels set on_hand = case when location_id = (
      select min(location_id) from inventory.levels where variant_id = ${variantId}) then ${onHand} else 0 end,
      reserved = 0
    where variant_id = ${variantId}`);
  await stack.database.db.execute(
    sql`update inventory.items set tracked = true, max_per_order = null where variant_id = ${variantId}`,
  );
  return variantId;
}

/** A sale as a shopper makes it: cart, checkout, address and rate, payment. */
async function buy(gateway: string, variantId: number, quantity: number): Promise<void> {
  const call = async <T>(document: string, variables: Record<string, unknown>) => {
    const response = await graphql<T>(gateway, document, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const { cartCreate } = await call<{ cartCreate: { cart: { id: string } } }>(
    `mutation($input: CartInput) { cartCreate(input: $input) { cart { id } } }`,
    { input: { lines: [{ merchandiseId: `gid://shop/ProductVariant/${variantId}`, quantity }] } },
  );
  const { checkoutStart } = await call<{ checkoutStart: { checkout: { id: string } } }>(
    `mutation($cartId: ID!) { checkoutStart(cartId: $cartId) { checkout { id } } }`,
    { cartId: cartCreate.cart.id },
  );
  const checkoutId = checkoutStart.checkout.id;
  await call(
    `mutation($id: ID!, $input: CheckoutUpdateInput!) { checkoutUpdate(checkoutId: $id, input: $input) { checkout { id } } }`,
    {
      id: checkoutId,
      input: {
        email: 'cache-shopper@example.com',
        shippingAddress: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          address1: 'Unter den Linden 1',
          city: 'Berlin',
          zip: '10117',
          countryCode: 'DE',
        },
        shippingRateHandle: 'standard',
      },
    },
  );
  const { checkoutComplete } = await call<{
    checkoutComplete: { order: { id: string } | null; userErrors: unknown[] };
  }>(
    `mutation($id: ID!, $key: String!) {
      checkoutComplete(checkoutId: $id, payment: { provider: "test", token: "tok_approve" }, idempotencyKey: $key) {
        order { id } userErrors { code }
      }
    }`,
    { id: checkoutId, key: randomBytes(8).toString('hex') },
  );
  expect(checkoutComplete.userErrors).toEqual([]);
  expect(checkoutComplete.order).not.toBeNull();
}

const PRODUCT = `query($handle: String!) { product(handle: $handle) { id title } }`;

describe('the response cache', () => {
  it('answers the second identical request from the cache, and other variables afresh', async () => {
    const product = await aProduct(api.stack);
    const document = fresh('hit') + PRODUCT;
    const first = await query(api.gateway, document, { handle: product.handle });
    expect(first.errors).toBeUndefined();
    expect([outcome(first), hit(first)]).toEqual(['miss', false]);
    const second = await query(api.gateway, document, { handle: product.handle });
    expect([outcome(second), hit(second)]).toEqual(['hit', true]);
    expect(second.data).toEqual(first.data);

    const other = await query(api.gateway, document, { handle: `${product.handle}-none` });
    expect([outcome(other), hit(other)]).toEqual(['miss', false]);
    expect(other.data).toEqual({ product: null });
  });

  it('never caches a customer’s request, nor serves one another’s or the anonymous answer', async () => {
    const customers = customersClient(api.stack);
    const tokens: string[] = [];
    for (const label of ['cache-a', 'cache-b']) {
      const email = uniqueEmail(label);
      await customers.createCustomer({ email });
      tokens.push(await customers.signIn(email));
    }
    const product = await aProduct(api.stack);
    const document =
      fresh('personal') + `query($handle: String!) { customer { email } product(handle: $handle) { id } }`;
    // Anonymous first: a null customer, never stored (a field of a private type).
    const anonymous = await query(api.gateway, document, { handle: product.handle });
    expect(anonymous.data!.customer).toBeNull();
    expect(outcome(anonymous)).toBe('skip');

    const emails: string[] = [];
    for (const token of [...tokens, tokens[0]!]) {
      const response = await query<{ customer: { email: string } }>(
        api.gateway,
        document,
        { handle: product.handle },
        { authorization: `Bearer ${token}` },
      );
      expect(outcome(response)).toBe('skip');
      expect(hit(response)).toBeUndefined();
      emails.push(response.data!.customer.email);
    }
    expect(emails[0]).not.toBe(emails[1]);
    expect(emails[2]).toBe(emails[0]);

    // A public query sent with a token is not served from (nor stored in) the cache either.
    const publicDocument = fresh('public-with-token') + PRODUCT;
    await query(api.gateway, publicDocument, { handle: product.handle });
    const withToken = await query(
      api.gateway,
      publicDocument,
      { handle: product.handle },
      { authorization: `Bearer ${tokens[0]}` },
    );
    expect(outcome(withToken)).toBe('skip');
  });

  it('never caches staff previews or staff-only lists', async () => {
    const token = await staffToken(api.stack, api.gateway);
    const preview = fresh('preview') + `{ page(handle: "home", preview: true) { id title } }`;
    for (let i = 0; i < 2; i++) {
      const response = await query(api.gateway, preview, {}, { authorization: `Bearer ${token}` });
      expect(response.errors).toBeUndefined();
      expect(outcome(response)).toBe('skip');
    }
    const pages = fresh('pages') + `{ pages(first: 1) { nodes { id } } }`;
    for (let i = 0; i < 2; i++) expect(outcome(await query(api.gateway, pages))).toBe('skip');
  });

  it('evicts what a staff mutation returns: the next read shows the new title', async () => {
    const token = await staffToken(api.stack, api.gateway);
    const product = await aProduct(api.stack);
    const document = fresh('mutation') + PRODUCT;
    await query(api.gateway, document, { handle: product.handle });
    expect(outcome(await query(api.gateway, document, { handle: product.handle }))).toBe('hit');

    const update = (title: string) =>
      query(
        api.gateway,
        `mutation($id: ID!, $title: String!) { productUpdate(id: $id, input: { title: $title }) { product { title } userErrors { code } } }`,
        { id: product.gid, title },
        { authorization: `Bearer ${token}` },
      );
    const changed = `${product.title} (cache test)`;
    try {
      expect((await update(changed)).errors).toBeUndefined();
      const after = await query<{ product: { title: string } }>(api.gateway, document, { handle: product.handle });
      expect(outcome(after)).toBe('miss');
      expect(after.data!.product.title).toBe(changed);
    } finally {
      expect((await update(product.title)).errors).toBeUndefined();
    }
  });

  it('caches an answer again after its eviction: the read after the next miss is a hit', async () => {
    // Each miss is looked up once: a lookup whose read is never stored (an earlier lookup of the
    // same request, an anonymous mutation, an answer with errors) must not leave a read start
    // behind, or the next store of that key takes it, predates the eviction and deletes itself.
    const cache = responseCacheFromEnv(loadEnv(CACHE), api.stack.redis.redis)!;
    const product = await aProduct(api.stack);
    const document = fresh('re-cache') + PRODUCT;
    const read = () => query(api.gateway, document, { handle: product.handle });
    expect(outcome(await read())).toBe('miss');
    expect(outcome(await read())).toBe('hit');
    await cache.evictTags([`product:${product.id}`]);
    expect(outcome(await read())).toBe('miss');
    expect(outcome(await read())).toBe('hit');
  });

  it('shows a sale within the stock bound: a hit before, the new quantity after', async () => {
    const variantId = await aVariantWithStock(api.stack, 50);
    const document =
      fresh('stock') + `query($id: ID!) { node(id: $id) { ... on ProductVariant { id quantityAvailable } } }`;
    const variables = { id: `gid://shop/ProductVariant/${variantId}` };
    const read = () => query<{ node: { quantityAvailable: number } }>(api.gateway, document, variables);
    expect((await read()).data!.node.quantityAvailable).toBe(50);
    const cached = await read();
    expect([outcome(cached), cached.data!.node.quantityAvailable]).toEqual(['hit', 50]);

    // Cart and checkout mutations evict nothing, and no eviction tick runs here (no worker): the
    // stock bound alone ends the cached answer (without it, RESPONSE_CACHE_TTL_MS: ten minutes here).
    await buy(api.gateway, variantId, 3);

    // Polled until the bound (plus the time a loaded machine needs to answer) has passed.
    const deadline = Date.now() + STOCK_TTL_MS + 5_000;
    let seen = 50;
    while (seen === 50 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = (await read()).data!.node.quantityAvailable;
    }
    expect(seen).toBe(47);
  });
});

describe('stock past the bound, while the outbox keeps up', () => {
  it('keeps a stock answer past the bound while the eviction tick vouches, and shows a sale after the next tick', async () => {
    const cache = responseCacheFromEnv(loadEnv(CACHE), api.stack.redis.redis)!;
    // What the worker runs every second (a flush of pending rows, then the mark), run by hand here.
    const tick = () => evictionTick({ db: api.stack.database.db, evict: cache.evictTags, ...cache.stockEvictions });
    const variantId = await aVariantWithStock(api.stack, 40, 21500);
    const document =
      fresh('stock-current') + `query($id: ID!) { node(id: $id) { ... on ProductVariant { id quantityAvailable } } }`;
    const variables = { id: `gid://shop/ProductVariant/${variantId}` };
    const read = () => query<{ node: { quantityAvailable: number } }>(api.gateway, document, variables);
    try {
      expect((await tick()).currentForMs).toBeGreaterThan(0);
      expect((await read()).data!.node.quantityAvailable).toBe(40);

      // Well past the bound, ticking as the worker would: still the cached answer, as nothing moved.
      const pastBound = Date.now() + STOCK_TTL_MS + 500;
      while (Date.now() < pastBound) {
        await tick();
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      await tick();
      const kept = await read();
      expect([outcome(kept), kept.data!.node.quantityAvailable]).toEqual(['hit', 40]);

      // A sale records a stock row; the next tick evicts the answers showing that variant.
      await buy(api.gateway, variantId, 3);
      await tick();
      const after = await read();
      expect([outcome(after), after.data!.node.quantityAvailable]).toEqual(['miss', 37]);
    } finally {
      await cache.stockEvictions.markStockEvictionsCurrent(0);
    }
  });
});

describe('outbox eviction on another instance', () => {
  let second: Stack;
  beforeAll(async () => {
    second = await startTestStack(CACHE);
  });
  afterAll(() => second?.stop());

  it('evicts, by an outbox tag, what a second gateway on the same Redis cached', async () => {
    const product = await aProduct(api.stack);
    const gateway = `${second.url('gateway')}/graphql`;
    const document = fresh('outbox') + PRODUCT;
    await query(gateway, document, { handle: product.handle });
    expect(outcome(await query(gateway, document, { handle: product.handle }))).toBe('hit');

    // What the worker's flush does with a product's outbox row, from the first instance's Redis.
    const cache = responseCacheFromEnv(loadEnv(CACHE), api.stack.redis.redis)!;
    await cache.evictTags([`product:${product.id}`, 'sitemap']);
    expect(outcome(await query(gateway, document, { handle: product.handle }))).toBe('miss');
  });

  it('evicts a menu (which has a handle, no id) by its outbox tag', async () => {
    const token = await staffToken(api.stack, api.gateway);
    const handle = `cache-${randomBytes(4).toString('hex')}`;
    const saved = await query(
      api.gateway,
      `mutation($handle: String!) { menuUpdate(handle: $handle, items: [{ title: "Sale", url: "/collections/all" }]) { userErrors { code } } }`,
      { handle },
      { authorization: `Bearer ${token}` },
    );
    expect(saved.errors).toBeUndefined();
    const gateway = `${second.url('gateway')}/graphql`;
    const document = fresh('menu') + `query($handle: String!) { menu(handle: $handle) { items { title } } }`;
    await query(gateway, document, { handle });
    const cached = await query(gateway, document, { handle });
    expect([outcome(cached), cached.data]).toEqual(['hit', { menu: { items: [{ title: 'Sale' }] } }]);

    const cache = responseCacheFromEnv(loadEnv(CACHE), api.stack.redis.redis)!;
    await cache.evictTags([`menu:${handle}`]);
    expect(outcome(await query(gateway, document, { handle }))).toBe('miss');
  });
});

describe('with Redis unreachable', () => {
  let hanging: Server;
  let stack: Stack;
  beforeAll(async () => {
    // Accepts and never answers: every Redis call runs into its timeout.
    hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const { port } = hanging.address() as AddressInfo;
    stack = await startTestStack({
      ...CACHE,
      UPSTASH_REDIS_REST_URL: `http://127.0.0.1:${port}`,
      UPSTASH_REDIS_REST_TOKEN: 'unused',
      RESPONSE_CACHE_REDIS_TIMEOUT_MS: '200',
      RATE_LIMIT_REDIS_TIMEOUT_MS: '200',
    });
  });
  afterAll(async () => {
    await stack?.stop();
    hanging?.closeAllConnections();
    hanging?.close();
  });

  it('still answers every request', async () => {
    const product = await aProduct(stack);
    const gateway = `${stack.url('gateway')}/graphql`;
    for (let i = 0; i < 2; i++) {
      const response = await query<{ product: { title: string } }>(gateway, PRODUCT, { handle: product.handle });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data!.product.title).toBe(product.title);
      expect(outcome(response)).not.toBe('hit');
    }
  });
});
