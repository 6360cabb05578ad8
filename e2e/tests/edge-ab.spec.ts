import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test, type Response } from '@playwright/test';
import { numericId } from '../support/catalog.js';
import { header, rawRequest, type RawResponse } from '../support/http.js';
import { variantFor } from '../support/shop.js';
import { createStaffToken, runDatabase } from '../support/staff.js';
import { GATEWAY_URL, PORTS, edgePurgeSecret } from '../support/stack-env.js';
import { startVarnish, type Edge } from '../support/varnish.js';

// A/B tests at the edge (docs/adr/0012), end to end: a marketer starts a test on a published
// page through the API; the repository's VCL in a real varnishd (PORTS.edgeAb, purged by the
// storefront like the main edge) gives each shopper a sticky bucket and keeps two copies of
// the page; the browser counts views and add-to-carts per version; stopping keeps the winner.

const VERSION_A = 'Version A of the summer sale';
const VERSION_B = 'Version B of the summer sale';
const SPLIT = 50;
const COOKIE_RE = /^shop_ab=(0|[1-9]\d?); Path=\/; Max-Age=31536000; SameSite=Lax$/;

let edge: Edge;
let marketer: string;
let page: { id: string; handle: string };

test.describe.configure({ mode: 'serial' });

async function asMarketer<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${marketer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type PagePayload = { page: { id: string; handle: string } | null; userErrors: { field: string[]; message: string }[] };
const text = (html: string) => ({ type: 'RichTextBlock', data: { html } });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  marketer = await createStaffToken(['MARKETER']);
  const handle = `e2e-ab-${randomBytes(5).toString('hex')}`;
  const { pageCreate } = await asMarketer<{ pageCreate: PagePayload }>(
    `mutation ($input: PageInput!) { pageCreate(input: $input) { page { id handle } userErrors { field message } } }`,
    { input: { handle, title: 'Summer sale', blocks: [text(`<p>${VERSION_A}</p>`)] } },
  );
  expect(pageCreate.userErrors).toEqual([]);
  page = pageCreate.page!;
  const { pagePublish } = await asMarketer<{ pagePublish: PagePayload }>(
    `mutation ($id: ID!) { pagePublish(id: $id) { page { id } userErrors { field message } } }`,
    { id: page.id },
  );
  expect(pagePublish.userErrors).toEqual([]);
  const { pageExperimentStart } = await asMarketer<{ pageExperimentStart: PagePayload }>(
    `mutation ($id: ID!, $blocks: [PageBlockInput!]!, $split: Int!) {
      pageExperimentStart(id: $id, blocks: $blocks, splitPercent: $split) { page { id } userErrors { field message } }
    }`,
    { id: page.id, blocks: [text(`<p>${VERSION_B}</p>`)], split: SPLIT },
  );
  expect(pageExperimentStart.userErrors).toEqual([]);

  // The start's invalidation reaches the storefront through the outbox, and its edge purge runs
  // twice, 3 s apart (purge-edge.ts): let both pass before the journeys count hits and misses.
  await expect
    .poll(
      async () => {
        const sql = runDatabase();
        try {
          const [row] = await sql<{ pending: number }[]>`
            select count(*)::int as pending from outbox.cache_invalidations
            where ${`page:${numericId(page.id)}`} = any(tags) and done_at is null`;
          return row!.pending;
        } finally {
          await sql.end({ timeout: 5 });
        }
      },
      { timeout: 20_000 },
    )
    .toBe(0);
  await sleep(3_500);

  edge = await startVarnish({
    name: 'varnish-ab',
    port: PORTS.edgeAb,
    storefrontPort: PORTS.storefront,
    gatewayPort: PORTS.gateway,
    env: { EDGE_PURGE_SECRET: edgePurgeSecret() },
  });
});

test.afterAll(async () => {
  await edge?.stop();
});

const path = () => `/pages/${page.handle}`;
const viaEdge = (headers: Record<string, string> = {}) => rawRequest(`${edge.url}${path()}`, { headers });

function cookieBucket(response: RawResponse): number | null {
  const value = header(response, 'set-cookie');
  if (!value) return null;
  const match = COOKIE_RE.exec(value);
  expect(match, `Set-Cookie "${value}"`).not.toBeNull();
  return Number(match![1]);
}

/** Which version a page shows, by its text and by its beacon's mark, which must agree. */
function versionShown(response: RawResponse): 'a' | 'b' {
  expect(response.status).toBe(200);
  const hasA = response.body.includes(VERSION_A);
  const hasB = response.body.includes(VERSION_B);
  expect(hasA !== hasB, 'exactly one version in the page').toBe(true);
  const version = hasB ? 'b' : 'a';
  expect(response.body).toContain(`data-ab-page="${page.id}"`);
  expect(response.body).toContain(`data-ab-variant="${version}"`);
  return version;
}

test('with a test running, new shoppers get a sticky bucket and its version; both versions are edge hits on repeat', async () => {
  const firstOf = new Map<'a' | 'b', number>();
  const misses: number[] = [];
  // New shoppers until both versions came up (a 50 % split: 40 draws all alike is a 1-in-10¹² event).
  for (let i = 0; i < 40 && firstOf.size < 2; i++) {
    const response = await viaEdge();
    const bucket = cookieBucket(response);
    expect(bucket, 'a shopper without a cookie is given a bucket').not.toBeNull();
    const version = versionShown(response);
    expect(version, `bucket ${bucket}`).toBe(bucket! < SPLIT ? 'b' : 'a');
    if (header(response, 'x-cache') === 'MISS') misses.push(bucket!);
    if (!firstOf.has(version)) firstOf.set(version, bucket!);
  }
  expect([...firstOf.keys()].sort()).toEqual(['a', 'b']);
  // Two copies at the edge: the first shopper of each version missed, nobody else did.
  expect(misses).toHaveLength(2);

  for (const [version, bucket] of firstOf) {
    // The shopper comes back (the browser sends the cookie): the same version, from the edge.
    for (let visit = 0; visit < 3; visit++) {
      const again = await viaEdge({ cookie: `shop_ab=${bucket}` });
      expect(versionShown(again), `bucket ${bucket}, visit ${visit}`).toBe(version);
      expect(header(again, 'x-cache')).toBe('HIT');
      expect(header(again, 'age')).toMatch(/^\d+$/);
      expect(header(again, 'set-cookie'), 'a shopper with a bucket keeps it').toBe('');
    }
    // Other cookies neither split the cache nor change the version.
    const withCookies = await viaEdge({ cookie: `shop_session=someone; shop_ab=${bucket}; cart=abc; theme=dark` });
    expect(versionShown(withCookies)).toBe(version);
    expect(header(withCookies, 'x-cache')).toBe('HIT');
  }
  // Every bucket is served from one of the two copies.
  for (const bucket of [0, 25, 49, 50, 75, 99]) {
    const response = await viaEdge({ cookie: `shop_ab=${bucket}` });
    expect(versionShown(response), `bucket ${bucket}`).toBe(bucket < SPLIT ? 'b' : 'a');
    expect(header(response, 'x-cache'), `bucket ${bucket}`).toBe('HIT');
  }
});

test('the browser counts one view per page view and an add-to-cart for the version it saw', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ baseURL: edge.url });
  const tab = await context.newPage();
  // The storefront sends the count as a trusted document (a hash, no query text): it is told
  // apart by its variables, and the answer below says which mutation it was.
  const recorded = (event: string) => (response: Response) =>
    response.url().endsWith('/api/graphql') &&
    (response.request().postData() ?? '').includes('"documentId":"sha256:') &&
    (response.request().postData() ?? '').includes('"variant":') &&
    (response.request().postData() ?? '').includes(`"event":"${event}"`);

  const view = tab.waitForResponse(recorded('VIEW'));
  await tab.goto(path());
  expect(((await (await view).json()) as { data: unknown }).data).toEqual({ pageExperimentRecord: true });
  const version = await tab.locator('[data-ab-variant]').getAttribute('data-ab-variant');
  const bucket = (await context.cookies()).find((cookie) => cookie.name === 'shop_ab')?.value;
  expect(bucket, 'the edge set the bucket cookie').toMatch(/^\d{1,2}$/);
  expect(version).toBe(Number(bucket) < SPLIT ? 'b' : 'a');

  const variant = await variantFor('abCount');
  await tab.goto(variant.path);
  const addToCart = tab.waitForResponse(recorded('ADD_TO_CART'));
  await tab.getByRole('button', { name: 'Add to cart' }).click();
  expect(((await (await addToCart).json()) as { data: unknown }).data).toEqual({ pageExperimentRecord: true });
  await context.close();

  const { page: counted } = await asMarketer<{
    page: { experiment: { versions: { key: string; views: number; addsToCart: number }[] } };
  }>(`query ($handle: String!) { page(handle: $handle) { experiment { versions { key views addsToCart } } } }`, {
    handle: page.handle,
  });
  const other = version === 'a' ? 'b' : 'a';
  // The raw requests of the journey above run no script: this tab's view is the only one.
  expect(counted.experiment.versions).toEqual(
    expect.arrayContaining([
      { key: version, views: 1, addsToCart: 1 },
      { key: other, views: 0, addsToCart: 0 },
    ]),
  );
});

test("client-side navigations (the router's RSC payloads) get the bucket's version too, from the edge", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  // A link in the header menu opens a page without a document load: the router's payload is
  // cached at the edge like the HTML and must be split the same way. Every tab starts on the
  // same product page, so the router asks the very same URL with the same router headers.
  const start = (await variantFor('abCount')).path;
  const payloads: { bucket: number; cache: string }[] = [];
  for (const bucket of [10, 75, 20, 99]) {
    const context = await browser.newContext({ baseURL: edge.url });
    await context.addCookies([{ name: 'shop_ab', value: String(bucket), url: edge.url }]);
    const tab = await context.newPage();
    await tab.goto(start);
    const payload = tab.waitForResponse(
      (response) => response.url().includes(`${path()}?_rsc=`) && response.request().method() === 'GET',
    );
    await tab.evaluate(
      (target) => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push(target),
      path(),
    );
    const version = bucket < SPLIT ? 'b' : 'a';
    await expect(tab.getByText(version === 'b' ? VERSION_B : VERSION_A)).toBeVisible();
    await expect(tab.getByText(version === 'b' ? VERSION_A : VERSION_B)).toHaveCount(0);
    await expect(tab.locator('[data-ab-variant]')).toHaveAttribute('data-ab-variant', version);
    payloads.push({ bucket, cache: (await (await payload).allHeaders())['x-cache'] ?? '' });
    await context.close();
  }
  // Each version's payload came from the origin once, then from the edge.
  expect(payloads).toEqual([
    { bucket: 10, cache: 'MISS' },
    { bucket: 75, cache: 'MISS' },
    { bucket: 20, cache: 'HIT' },
    { bucket: 99, cache: 'HIT' },
  ]);
});

test('stopping the test serves the winner to every shopper within 5 s, one copy again', async () => {
  // Just before: version a's copy is at the edge, so only a purge can replace it.
  await viaEdge({ cookie: 'shop_ab=75' });
  const before = await viaEdge({ cookie: 'shop_ab=75' });
  expect(versionShown(before)).toBe('a');
  expect(header(before, 'x-cache')).toBe('HIT');
  const { pageExperimentStop } = await asMarketer<{ pageExperimentStop: PagePayload }>(
    `mutation ($id: ID!) { pageExperimentStop(id: $id, winner: "b") { page { id } userErrors { field message } } }`,
    { id: page.id },
  );
  expect(pageExperimentStop.userErrors).toEqual([]);
  const stopped = Date.now();
  // Through the outbox, the worker, the storefront's revalidation and its purge of this edge.
  for (const cookie of ['shop_ab=75', 'shop_ab=10', 'theme=dark']) {
    await expect
      .poll(async () => (await viaEdge({ cookie })).body.includes(VERSION_B), {
        timeout: Math.max(500, 5_000 - (Date.now() - stopped)),
        intervals: [250],
      })
      .toBe(true);
  }
  const elapsed = Date.now() - stopped;
  test.info().annotations.push({ type: 'winner at the edge after stop (ms)', description: String(elapsed) });
  console.log(`edge-ab: the winner reached the edge ${elapsed} ms after pageExperimentStop answered`);
  const after = await viaEdge({ cookie: 'shop_ab=75' });
  expect(after.body).not.toContain(VERSION_A);
  expect(after.body).not.toContain('data-ab-variant');
  expect(header(after, 'vary')).not.toContain('x-ab-variant');
  expect(header(await viaEdge({ cookie: 'shop_ab=5' }), 'x-cache')).toBe('HIT');
});
