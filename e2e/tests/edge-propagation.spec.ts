import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { GATEWAY_URL, PORTS, STOREFRONT_URL } from '../support/stack-env.js';
import { graphql, productForSlot } from '../support/catalog.js';
import { header, rawRequest } from '../support/http.js';
import { createStaffToken, runDatabase } from '../support/staff.js';
import { edgePurgeSecret } from '../support/stack-env.js';
import { startVarnish, type Edge } from '../support/varnish.js';

// A merchandising change reaches the edge by itself: variantPricesUpdate records an outbox row in
// its transaction, the run's worker posts the tags to the storefront's /api/revalidate, and the
// storefront purges Varnish (deploy/varnish/default.vcl, in front of the run's storefront).

const PROPAGATION_MS = 5_000;

/** The measured time, in the report and on the console (the list reporter shows no annotations). */
function note(description: string): void {
  test.info().annotations.push({ type: 'propagation', description });
  console.log(`[propagation] ${test.info().title}: ${description}`);
}

let edge: Edge;
let token: string;
let marketer: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  edge = await startVarnish({
    name: 'varnish-propagation',
    port: PORTS.edgePropagation,
    storefrontPort: PORTS.storefront,
    gatewayPort: PORTS.gateway,
    env: { EDGE_PURGE_SECRET: edgePurgeSecret() },
  });
  token = await createStaffToken(['MERCHANDISER']);
  marketer = await createStaffToken(['MARKETER']);
});

test.afterAll(async () => {
  await edge?.stop();
});

interface Variant {
  id: string;
  price: { amount: string; currencyCode: string };
  compareAtPrice: { amount: string } | null;
}
interface Merchandised {
  id: string;
  handle: string;
  title: string;
  variants: { nodes: Variant[] };
  collections: { nodes: { handle: string }[] };
}

async function merchandised(handle: string): Promise<Merchandised> {
  const data = await graphql<{ product: Merchandised }>(
    `
      query ($handle: String!) {
        product(handle: $handle) {
          id
          handle
          title
          variants(first: 100) {
            nodes {
              id
              price {
                amount
                currencyCode
              }
              compareAtPrice {
                amount
              }
            }
          }
          collections(first: 1) {
            nodes {
              handle
            }
          }
        }
      }
    `,
    { handle },
  );
  return data.product;
}

async function setPrices(prices: { variantId: string; price: string; compareAtPrice: string | null }[]) {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($prices: [VariantPriceUpdateInput!]!) {
        variantPricesUpdate(prices: $prices) { product { id } userErrors { field code message } }
      }`,
      variables: { prices },
    }),
  });
  const body = (await response.json()) as {
    data?: { variantPricesUpdate: { userErrors: unknown[] } };
    errors?: unknown[];
  };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data!.variantPricesUpdate.userErrors).toEqual([]);
}

const everyVariantAt = (product: Merchandised, amount: string) =>
  product.variants.nodes.map((variant) => ({ variantId: variant.id, price: amount, compareAtPrice: null }));
const asBefore = (product: Merchandised) =>
  product.variants.nodes.map((variant) => ({
    variantId: variant.id,
    price: variant.price.amount,
    compareAtPrice: variant.compareAtPrice?.amount ?? null,
  }));
const money = (amount: string, currencyCode: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currencyCode }).format(Number(amount));

/** Warms the edge with `path` and checks the second request is served from it. */
async function cachedAtEdge(path: string): Promise<string> {
  const first = await rawRequest(`${edge.url}${path}`);
  expect(first.status, path).toBe(200);
  const second = await rawRequest(`${edge.url}${path}`);
  expect(header(second, 'x-cache'), path).toBe('HIT');
  return second.body;
}

/** Polls the edge until `path` contains `text`; returns how long it took. */
async function msUntilEdgeShows(path: string, text: string, since: number): Promise<number> {
  await expect
    .poll(async () => (await rawRequest(`${edge.url}${path}`)).body.includes(text), {
      timeout: PROPAGATION_MS + 2_000,
      intervals: [100],
      message: `${path} shows ${text}`,
    })
    .toBe(true);
  return Date.now() - since;
}

test('a price change shows on the product page and on the collection page listing it, at the edge, within 5 s', async () => {
  const slot = await productForSlot('propagationPrice');
  const product = await merchandised(slot.handle);
  const collection = product.collections.nodes[0];
  expect(collection, 'the product is in a collection').toBeDefined();
  const currency = product.variants.nodes[0]!.price.currencyCode;
  const newPrice = '1.37';
  const shown = money(newPrice, currency);
  const productPath = `/products/${product.handle}`;
  // Cheapest first: at 1.37 the product leads the collection's first page.
  const collectionPath = `/collections/${collection!.handle}?sort_by=price-ascending`;

  expect(await cachedAtEdge(productPath)).not.toContain(shown);
  expect(await cachedAtEdge(collectionPath)).not.toContain(shown);

  try {
    const changed = Date.now();
    await setPrices(everyVariantAt(product, newPrice));
    const productMs = await msUntilEdgeShows(productPath, shown, changed);
    const collectionMs = await msUntilEdgeShows(collectionPath, shown, changed);
    note(`product ${productMs} ms, collection ${collectionMs} ms`);
    expect(productMs).toBeLessThan(PROPAGATION_MS);
    expect(collectionMs).toBeLessThan(PROPAGATION_MS);
    // And the edge keeps the new page again.
    expect(header(await rawRequest(`${edge.url}${productPath}`), 'x-cache')).toBe('HIT');
  } finally {
    await setPrices(asBefore(product));
  }
});

test('a product whose price drops under a listing price filter appears in that filtered listing at the edge within 5 s', async () => {
  const slot = await productForSlot('propagationFilter');
  const product = await merchandised(slot.handle);
  const collection = product.collections.nodes[0];
  expect(collection, 'the product is in a collection').toBeDefined();
  const lowest = Math.min(...product.variants.nodes.map((variant) => Number(variant.price.amount)));
  // A bound under every price the product has: the filtered listing leaves it out.
  const bound = Math.floor(lowest) - 1;
  expect(bound, `the product's lowest price (${lowest}) leaves room for a bound under it`).toBeGreaterThanOrEqual(1);
  const filteredPath = `/collections/${collection!.handle}?filter.v.price.lte=${bound}&sort_by=price-ascending`;
  expect(await cachedAtEdge(filteredPath)).not.toContain(product.title);
  // The storefront agrees (the edge is not hiding anything).
  expect((await rawRequest(`${STOREFRONT_URL}${filteredPath}`)).body).not.toContain(product.title);

  try {
    const changed = Date.now();
    await setPrices(everyVariantAt(product, '0.51'));
    const ms = await msUntilEdgeShows(filteredPath, product.title, changed);
    note(`filtered listing ${ms} ms`);
    expect(ms).toBeLessThan(PROPAGATION_MS);
  } finally {
    await setPrices(asBefore(product));
  }
});

async function asMarketer<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${marketer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

test('publishing a page again makes the edge serve the new version within 5 s, with no revalidation sent by the test', async () => {
  const run = randomBytes(5).toString('hex');
  const handle = `e2e-republish-${run}`;
  type Payload = { page: { id: string } | null; userErrors: unknown[] };
  const blocks = (text: string) => [{ type: 'RichTextBlock', data: { html: `<p>${text}</p>` } }];
  const { pageCreate } = await asMarketer<{ pageCreate: Payload }>(
    `mutation ($input: PageInput!) { pageCreate(input: $input) { page { id } userErrors { field message } } }`,
    { input: { handle, title: `Republish ${run}`, blocks: blocks(`First version ${run}`) } },
  );
  expect(pageCreate.userErrors).toEqual([]);
  const id = pageCreate.page!.id;
  const publish = async () => {
    const { pagePublish } = await asMarketer<{ pagePublish: Payload }>(
      `mutation ($id: ID!) { pagePublish(id: $id) { page { id } userErrors { field message } } }`,
      { id },
    );
    expect(pagePublish.userErrors).toEqual([]);
  };
  await publish();
  const path = `/pages/${handle}`;
  await expect
    .poll(async () => (await rawRequest(`${edge.url}${path}`)).body.includes(`First version ${run}`), {
      timeout: PROPAGATION_MS + 2_000,
      intervals: [100],
    })
    .toBe(true);
  expect(await cachedAtEdge(path)).toContain(`First version ${run}`);

  const { pageUpdate } = await asMarketer<{ pageUpdate: Payload }>(
    `mutation ($id: ID!, $input: PageInput!) { pageUpdate(id: $id, input: $input) { page { id } userErrors { field message } } }`,
    { id, input: { blocks: blocks(`Second version ${run}`) } },
  );
  expect(pageUpdate.userErrors).toEqual([]);
  // A saved draft is not published: the edge keeps the live version.
  expect(await cachedAtEdge(path)).not.toContain(`Second version ${run}`);

  const changed = Date.now();
  await publish();
  const ms = await msUntilEdgeShows(path, `Second version ${run}`, changed);
  note(`republished page ${ms} ms`);
  expect(ms).toBeLessThan(PROPAGATION_MS);
});

test('a page scheduled 10 s ahead reaches the edge within 5 s of its time, and not before', async () => {
  const marker = `Scheduled ${randomBytes(5).toString('hex')}`;
  const handle = `e2e-scheduled-${randomBytes(4).toString('hex')}`;
  type Payload = { page: { id: string; status: string } | null; userErrors: unknown[] };
  const { pageCreate } = await asMarketer<{ pageCreate: Payload }>(
    `mutation ($input: PageInput!) { pageCreate(input: $input) { page { id status } userErrors { field message } } }`,
    { input: { handle, title: marker, blocks: [{ type: 'RichTextBlock', data: { html: `<p>${marker}</p>` } }] } },
  );
  expect(pageCreate.userErrors).toEqual([]);
  const path = `/pages/${handle}`;
  // Asked for before it exists: the edge's 404 copy must not outlive the publish by long.
  expect((await rawRequest(`${edge.url}${path}`)).status).toBe(404);

  const publishAt = Date.now() + 10_000;
  const { pagePublish } = await asMarketer<{ pagePublish: Payload }>(
    `mutation ($id: ID!, $at: DateTime) { pagePublish(id: $id, publishAt: $at) { page { id status } userErrors { field message } } }`,
    { id: pageCreate.page!.id, at: new Date(publishAt).toISOString() },
  );
  expect(pagePublish.userErrors).toEqual([]);
  expect(pagePublish.page!.status).toBe('SCHEDULED');

  // Until its time, shoppers at the edge never see it.
  while (Date.now() < publishAt - 300) {
    const early = await rawRequest(`${edge.url}${path}`);
    expect(early.body.includes(marker), `served ${publishAt - Date.now()} ms before its time`).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await expect
    .poll(async () => (await rawRequest(`${edge.url}${path}`)).body.includes(marker), {
      timeout: 12_000,
      intervals: [100],
    })
    .toBe(true);
  const late = Date.now() - publishAt;
  note(`scheduled page at the edge ${late} ms after its time`);
  expect(late).toBeLessThan(PROPAGATION_MS);
});

async function setStock(variantId: string, quantity: number): Promise<void> {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($id: ID!, $quantity: Int!) { inventorySet(variantId: $id, quantity: $quantity) { userErrors { code message } } }`,
      variables: { id: variantId, quantity },
    }),
  });
  const body = (await response.json()) as { data?: { inventorySet: { userErrors: unknown[] } }; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data!.inventorySet.userErrors).toEqual([]);
}

test('a product selling out, and coming back, shows at the edge within 5 s (inventorySet → availability sync → outbox)', async () => {
  const slot = await productForSlot('propagationStock');
  const product = await merchandised(slot.handle);
  const variantIds = product.variants.nodes.map((variant) => Number(variant.id.split('/').pop()));
  const sql = runDatabase();
  let onHand: Map<number, number>;
  try {
    const rows = await sql<{ variant_id: string; on_hand: number }[]>`
      select variant_id::text, sum(on_hand)::int as on_hand from inventory.levels
       where variant_id = any(${variantIds}::bigint[]) group by variant_id`;
    onHand = new Map(rows.map((row) => [Number(row.variant_id), row.on_hand]));
  } finally {
    await sql.end({ timeout: 5 });
  }
  const path = `/products/${product.handle}`;
  expect(await cachedAtEdge(path), 'the product is for sale before the test').not.toContain('Sold out');

  try {
    let changed = Date.now();
    for (const variant of product.variants.nodes) await setStock(variant.id, 0);
    const soldOutMs = await msUntilEdgeShows(path, 'Sold out', changed);
    expect(await cachedAtEdge(path)).toContain('Sold out');

    changed = Date.now();
    for (const variant of product.variants.nodes) {
      await setStock(variant.id, onHand.get(Number(variant.id.split('/').pop())) ?? 0);
    }
    await expect
      .poll(async () => (await rawRequest(`${edge.url}${path}`)).body.includes('Sold out'), {
        timeout: PROPAGATION_MS + 2_000,
        intervals: [100],
      })
      .toBe(false);
    const backMs = Date.now() - changed;
    note(`sold out ${soldOutMs} ms, back ${backMs} ms`);
    expect(soldOutMs).toBeLessThan(PROPAGATION_MS);
    expect(backMs).toBeLessThan(PROPAGATION_MS);
  } finally {
    for (const variant of product.variants.nodes) {
      await setStock(variant.id, onHand.get(Number(variant.id.split('/').pop())) ?? 0).catch(() => {});
    }
  }
});
