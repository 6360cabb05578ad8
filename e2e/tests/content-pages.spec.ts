import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from '@playwright/test';
import { graphql, numericId } from '../support/catalog.js';
import { header, rawRequest, type RawResponse } from '../support/http.js';
import { createStaffToken, runDatabase } from '../support/staff.js';
import { GATEWAY_URL, PORTS, STOREFRONT_URL, edgePurgeSecret, revalidateSecret } from '../support/stack-env.js';
import { startVarnish, type Edge } from '../support/varnish.js';

// Content pages as shoppers and marketers meet them: published pages at /pages/<handle>, cached
// whole at the edge; drafts never public (by handle, by the internal path, by a forged draft-mode
// cookie); previews for marketers only; scripts never reach a page, even written straight into
// the database. Its own Varnish (PORTS.edgeContent) in front of the run's storefront.

let edge: Edge;
let marketer: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  marketer = await createStaffToken(['MARKETER']);
  edge = await startVarnish({
    name: 'varnish-content',
    port: PORTS.edgeContent,
    storefrontPort: PORTS.storefront,
    gatewayPort: PORTS.gateway,
    env: { EDGE_PURGE_SECRET: edgePurgeSecret() },
  });
});

test.afterAll(async () => {
  await edge?.stop();
});

const viaEdge = (path: string, headers: Record<string, string> = {}) => rawRequest(`${edge.url}${path}`, { headers });
const direct = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(`${STOREFRONT_URL}${path}`, { headers });
const debug = () => ({ 'x-edge-debug': '1', 'x-purge-secret': edgePurgeSecret() });

async function asStaff<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Block {
  type: string;
  data: Record<string, unknown>;
}

type PagePayload = { page: { id: string; handle: string } | null; userErrors: { field: string[]; message: string }[] };

async function createPage(title: string, blocks: Block[]): Promise<{ id: string; handle: string }> {
  const handle = `e2e-${randomBytes(5).toString('hex')}`;
  const { pageCreate } = await asStaff<{ pageCreate: PagePayload }>(
    marketer,
    `mutation ($input: PageInput!) { pageCreate(input: $input) { page { id handle } userErrors { field message } } }`,
    { input: { handle, title, seo: { title: `${title} | SEO`, description: `About ${title}` }, blocks } },
  );
  expect(pageCreate.userErrors).toEqual([]);
  return pageCreate.page!;
}

async function updateDraft(id: string, blocks: Block[]): Promise<void> {
  const { pageUpdate } = await asStaff<{ pageUpdate: PagePayload }>(
    marketer,
    `mutation ($id: ID!, $input: PageInput!) { pageUpdate(id: $id, input: $input) { page { id } userErrors { field message } } }`,
    { id, input: { blocks } },
  );
  expect(pageUpdate.userErrors).toEqual([]);
}

async function publish(id: string): Promise<void> {
  const { pagePublish } = await asStaff<{ pagePublish: PagePayload }>(
    marketer,
    `mutation ($id: ID!) { pagePublish(id: $id) { page { id } userErrors { field message } } }`,
    { id },
  );
  expect(pagePublish.userErrors).toEqual([]);
}

/** What the worker does after a change, done here at once: the run's worker may be slower or absent. */
async function revalidate(tags: string[]): Promise<void> {
  const response = await fetch(`${STOREFRONT_URL}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${revalidateSecret()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  expect(response.status).toBe(200);
}

const text = (html: string): Block => ({ type: 'RichTextBlock', data: { html } });

async function someProducts(count: number): Promise<{ id: string; handle: string }[]> {
  const { products } = await graphql<{ products: { nodes: { id: string; handle: string }[] } }>(
    `
      query ($n: Int!) {
        products(first: $n) {
          nodes {
            id
            handle
          }
        }
      }
    `,
    { n: count },
  );
  return products.nodes;
}

/**
 * No active content a marketer (or a row written around the API) put there: every script is one
 * of Next.js's own (a static chunk, or its inline bootstrap and RSC payload, where hostile text is
 * a JSON string), no element has an `on…=` handler, and no link or source is a script URL.
 */
function expectNoScript(response: RawResponse, label: string) {
  const scripts = [...response.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  for (const [, attributes, body] of scripts) {
    const own =
      /^\s*src="\/_next\/static\//.test(attributes!) ||
      /^\s*(\(self\.__next_f|self\.__next_f|\(globalThis\["TURBOPACK"\])/.test(body!);
    expect(own, `${label}: <script${attributes}>${body!.slice(0, 60)}`).toBe(true);
  }
  const markup = response.body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  expect(markup, label).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(markup, label).not.toMatch(/\b(href|src|action|formaction)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
}

test('a published page is served at /pages/<handle>: MISS, then a HIT, tagged with the page and its products', async () => {
  const products = await someProducts(2);
  const page = await createPage('Edge landing', [
    { type: 'HeroBlock', data: { heading: 'Edge landing hero', ctaLabel: 'Shop', ctaUrl: '/search' } },
    text('<p>Cached <strong>whole</strong>.</p>'),
    { type: 'ProductGridBlock', data: { heading: 'Picks', productIds: products.map((p) => p.id) } },
  ]);
  await publish(page.id);

  const first = await viaEdge(`/pages/${page.handle}`);
  expect(first.status).toBe(200);
  expect(header(first, 'x-cache')).toBe('MISS');
  expect(first.body).toContain('Edge landing hero');
  expect(first.body).toContain(`href="/products/${products[0]!.handle}"`);
  expect(first.body).toMatch(/<title>Edge landing \| SEO/);
  expect(first.body).toContain(
    `<link rel="canonical" href="http://127.0.0.1:${PORTS.storefront}/pages/${page.handle}"`,
  );
  expect(header(first, 'cache-control')).toContain('s-maxage=');

  const second = await viaEdge(`/pages/${page.handle}`, { cookie: 'shop_session=someone', ...debug() });
  expect(header(second, 'x-cache')).toBe('HIT');
  const keys = header(second, 'x-edge-keys').split(' ');
  expect(keys).toEqual(
    expect.arrayContaining([
      `page:${numericId(page.id)}`,
      `page-handle:${page.handle}`,
      ...products.map((p) => `product:${numericId(p.id)}`),
      'menu:main',
      'menu:footer',
    ]),
  );
});

test('a page asked for before it was published shows within 5 s of publishing', async () => {
  const page = await createPage('Later', [text('<p>Published later</p>')]);
  expect((await viaEdge(`/pages/${page.handle}`)).status).toBe(404);
  expect((await viaEdge(`/pages/${page.handle}`)).status).toBe(404);
  await publish(page.id);
  const published = Date.now();
  let response = await viaEdge(`/pages/${page.handle}`);
  while (response.status !== 200 && Date.now() - published < 5_000) {
    await sleep(250);
    response = await viaEdge(`/pages/${page.handle}`);
  }
  expect(response.status).toBe(200);
  expect(response.body).toContain('Published later');
});

test('a draft is never served publicly: not by handle, internal path or forged draft cookie, not its unpublished changes', async () => {
  const secret = `DRAFT-SECRET-${randomBytes(4).toString('hex')}`;
  const draft = await createPage('Draft only', [text(`<p>${secret}</p>`)]);
  const forged = { cookie: '__prerender_bypass=0123456789abcdef0123456789abcdef' };
  for (const path of [`/pages/${draft.handle}`, `/pages/${draft.handle}/0`, `/pages/${draft.handle}/5`]) {
    for (const [label, response] of [
      ['direct', await direct(path)],
      ['edge', await viaEdge(path)],
      ['forged cookie', await direct(path, forged)],
      ['forged cookie, edge', await viaEdge(path, forged)],
    ] as const) {
      expect(response.status, `${label} ${path}`).toBe(404);
      expect(response.body, `${label} ${path}`).not.toContain(secret);
    }
  }

  const live = await createPage('Live with a draft', [text('<p>Live version</p>')]);
  await publish(live.id);
  await updateDraft(live.id, [text(`<p>${secret}</p>`)]);
  for (const response of [
    await direct(`/pages/${live.handle}`),
    await viaEdge(`/pages/${live.handle}`),
    await direct(`/pages/${live.handle}`, forged),
    await viaEdge(`/pages/${live.handle}`, forged),
  ]) {
    expect(response.status).toBe(200);
    expect(response.body).toContain('Live version');
    expect(response.body).not.toContain(secret);
  }
  // A stale or forged draft cookie gets the public page as it is, scripts allowed by its own policy.
  const plain = await direct(`/pages/${live.handle}`);
  const withCookie = await direct(`/pages/${live.handle}`, forged);
  expect(header(withCookie, 'content-security-policy')).toBe(header(plain, 'content-security-policy'));
});

test('preview (draft mode) only for marketers: others get a 403 and no draft cookie; drafts are never cached', async () => {
  const secret = `PREVIEW-${randomBytes(4).toString('hex')}`;
  const page = await createPage('Preview me', [text('<p>Live text</p>')]);
  await publish(page.id);
  await updateDraft(page.id, [text(`<p>${secret}</p>`)]);
  const draftUrl = `/api/draft?handle=${page.handle}`;

  const merchandiser = await createStaffToken(['MERCHANDISER']);
  for (const [label, cookie] of [
    ['no cookie', ''],
    ['a forged token', `shop_staff=${randomBytes(32).toString('base64url')}`],
    ['a merchandiser', `shop_staff=${merchandiser}`],
  ] as const) {
    const refused = await direct(draftUrl, cookie ? { cookie } : {});
    expect(refused.status, label).toBe(403);
    expect(header(refused, 'set-cookie'), label).not.toContain('__prerender_bypass');
  }
  expect((await direct('/api/draft?handle=https://evil.example', { cookie: `shop_staff=${marketer}` })).status).toBe(
    400,
  );

  const enabled = await viaEdge(draftUrl, { cookie: `shop_staff=${marketer}` });
  expect(enabled.status).toBe(307);
  expect(header(enabled, 'location')).toBe(`/pages/${page.handle}`);
  const bypass = /__prerender_bypass=[^;]+/.exec(header(enabled, 'set-cookie'))?.[0];
  expect(bypass).toBeTruthy();
  const cookie = `${bypass}; shop_staff=${marketer}`;

  for (const response of [
    await direct(`/pages/${page.handle}`, { cookie }),
    await viaEdge(`/pages/${page.handle}`, { cookie }),
  ]) {
    expect(response.status).toBe(200);
    expect(response.body).toContain(secret);
    expect(header(response, 'cache-control')).toMatch(/private/);
    expect(header(response, 'cache-control')).toMatch(/no-store/);
    expect(header(response, 'content-security-policy')).toContain("frame-ancestors 'self'");
  }
  // The preview left nothing behind for shoppers, at the edge or in the page cache.
  for (const response of [await viaEdge(`/pages/${page.handle}`), await direct(`/pages/${page.handle}`)]) {
    expect(response.body).toContain('Live text');
    expect(response.body).not.toContain(secret);
  }
  // Draft mode without the staff cookie (signed out since) shows no draft either.
  const signedOut = await direct(`/pages/${page.handle}`, { cookie: bypass! });
  expect(signedOut.body).not.toContain(secret);
});

test('a <script>, an onerror= or a javascript: URL never reaches a page, even written straight into the database', async () => {
  const page = await createPage('Hostile', [
    text(
      '<p>Safe words</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a>',
    ),
  ]);
  await publish(page.id);
  const first = await direct(`/pages/${page.handle}`);
  expect(first.status).toBe(200);
  expect(first.body).toContain('Safe words');
  expectNoScript(first, 'through the API');

  // Around the API: what an old bug or a hand-edited row could leave in the live copy.
  const sql = runDatabase();
  try {
    const hostile = [
      {
        type: 'HeroBlock',
        data: { heading: 'Hero <img src=x onerror=alert(4)>', ctaLabel: 'Go', ctaUrl: 'javascript:alert(5)' },
      },
      {
        type: 'RichTextBlock',
        data: {
          html: '<p>Raw row</p><script>alert(6)</script><svg onload="alert(7)"></svg><a href="javascript:alert(8)">y</a>',
        },
      },
      { type: 'BannerBlock', data: { text: 'Banner', url: 'javascript:alert(9)', tone: 'SALE' } },
    ];
    // With the invalidation an operator's fix-up script records (the outbox row and its flush job,
    // as recordInvalidation writes them): the worker evicts the gateway's response cache and then
    // revalidates the storefront, so the page is rendered from the row as it now is.
    await sql.begin(async (tx) => {
      await tx`update content.pages set live_blocks = ${tx.json(hostile)} where id = ${numericId(page.id)}`;
      await tx`insert into outbox.cache_invalidations (tags, reason)
               values (${[`page:${numericId(page.id)}`]}, 'e2e: hand-edited row')`;
      await tx`select graphile_worker.add_job('cache.flush-invalidations', '{}'::json,
               job_key => 'cache.flush-invalidations', job_key_mode => 'preserve_run_at')`;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
  let raw = await direct(`/pages/${page.handle}`);
  await expect
    .poll(
      async () => {
        raw = await direct(`/pages/${page.handle}`);
        return raw.body.includes('Raw row');
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(raw.status).toBe(200);
  expectNoScript(raw, 'written into the database');
  // Markup in a plain-text field is text: escaped, never parsed.
  expect(raw.body).toContain('Hero &lt;img src=x onerror=alert(4)&gt;');
});

test('the sitemap lists published pages, never a draft', async () => {
  const live = await createPage('Listed', [text('<p>In the sitemap</p>')]);
  await publish(live.id);
  const draft = await createPage('Unlisted', [text('<p>Not in the sitemap</p>')]);
  await revalidate(['sitemap']);
  const sitemap = await direct('/sitemap.xml');
  expect(sitemap.status).toBe(200);
  expect(sitemap.body).toContain(`/pages/${live.handle}</loc>`);
  expect(sitemap.body).not.toContain(`/pages/${draft.handle}<`);
});

test('the header and footer show the main and footer menus; a submenu opens and closes by keyboard', async ({
  page,
}) => {
  const { main, footer } = await graphql<{
    main: { items: { title: string; url: string; items: { title: string; url: string }[] }[] } | null;
    footer: { items: { title: string; url: string }[] } | null;
  }>(
    '{ main: menu(handle: "main") { items { title url items { title url } } } footer: menu(handle: "footer") { items { title url } } }',
  );
  expect(main?.items.length, 'the seed saves a main menu').toBeGreaterThan(0);
  await page.goto('/search?q=menu');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const item of main!.items)
    await expect(nav.getByRole('link', { name: item.title, exact: true })).toHaveAttribute('href', item.url);
  const footerLinks = page.getByRole('contentinfo');
  for (const item of footer?.items ?? []) {
    await expect(footerLinks.getByRole('link', { name: item.title, exact: true }).first()).toHaveAttribute(
      'href',
      item.url,
    );
  }

  const parent = main!.items.find((item) => item.items.length > 0);
  expect(parent, 'the seeded main menu has an item with sub-items').toBeTruthy();
  const toggle = nav.getByRole('button', { name: `${parent!.title}: more` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const sub = nav.getByRole('link', { name: parent!.items[0]!.title, exact: true });
  await expect(sub).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(sub).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(sub).toBeHidden();
});
