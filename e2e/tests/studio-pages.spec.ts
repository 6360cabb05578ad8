import { AxeBuilder } from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { graphql, productForSlot } from '../support/catalog.js';
import { header, rawRequest } from '../support/http.js';
import { STAFF_PASSWORD, createStaffAccount } from '../support/staff-account.js';
import { signInToStudio, staffGraphql } from '../support/studio.js';
import { GATEWAY_URL, PORTS, STOREFRONT_URL, edgePurgeSecret } from '../support/stack-env.js';
import { startVarnish, type Edge } from '../support/varnish.js';

// The studio's pages: a marketer signs in with a password, builds a landing page (hero + product
// grid), previews the draft, publishes it, and shoppers get it through the edge (its own Varnish
// with the repository's VCL). Then: reordering blocks by keyboard alone, messages by the field,
// axe on each studio screen, and shoppers kept out of the studio and its mutations.

/** Beside the other specs' edges (stack-env.ts PORTS ends at 3485). */
const STUDIO_EDGE_PORT = 3486;

let edge: Edge;

test.beforeAll(async () => {
  edge = await startVarnish({
    name: 'varnish-studio',
    port: STUDIO_EDGE_PORT,
    storefrontPort: PORTS.storefront,
    gatewayPort: PORTS.gateway,
    env: { EDGE_PURGE_SECRET: edgePurgeSecret() },
  });
});

test.afterAll(async () => {
  await edge?.stop();
});

const uniqueHandle = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto('/studio');
  await expect(page).toHaveURL(/\/studio\/sign-in$/);
  await page.getByLabel('Staff email').fill(email);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/studio\/pages$/);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

test('a marketer builds a landing page with a hero and a product grid, previews it, publishes it, and it is live through the edge', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = await createStaffAccount(['MARKETER']);
  await signInWithPassword(page, email);
  const product = await productForSlot('accessibility');
  const handle = uniqueHandle('studio-launch');
  const heading = `Spring launch ${handle.slice(-8)}`;

  const create = page.getByRole('region', { name: 'New page' });
  await create.getByLabel('Title').fill('Spring launch');
  await create.getByLabel('Handle').fill(handle);
  await create.getByRole('button', { name: 'Create page' }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/pages/${handle}$`));

  // A hero with an image from the catalog.
  await page.getByLabel('Block type').selectOption({ label: 'Hero' });
  await page.getByRole('button', { name: 'Add block' }).click();
  const hero = page.getByRole('region', { name: 'Hero block 1' });
  await expect(hero).toBeFocused();
  await hero.getByLabel('Heading', { exact: true }).fill(heading);
  await hero.getByLabel('Find images by product').fill(product.title);
  await hero.getByRole('button', { name: 'Find images' }).click();
  await hero
    .getByRole('button', { name: new RegExp(`^Use image 1 of ${escapeRegExp(product.title)}`) })
    .first()
    .click();
  await hero.getByLabel('Button label').fill('Shop now');
  await hero.getByLabel('Button link').fill(`/products/${product.handle}`);

  // A product grid with one product found by search.
  await page.getByLabel('Block type').selectOption({ label: 'Product grid' });
  await page.getByRole('button', { name: 'Add block' }).click();
  const grid = page.getByRole('region', { name: 'Product grid block 2' });
  await grid.getByLabel('Heading', { exact: true }).fill('Picked for spring');
  await grid.getByLabel('Search products').fill(product.title);
  await grid.getByRole('button', { name: 'Search', exact: true }).click();
  await grid.getByRole('button', { name: `Add ${product.title}`, exact: true }).click();
  await expect(grid.getByRole('listitem').filter({ hasText: product.title }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved. The preview shows it.')).toBeVisible();

  // The preview shows the draft at both widths (draft mode through /api/draft).
  for (const title of ['Preview at desktop width, 1280 pixels', 'Preview at phone width, 390 pixels']) {
    const frame = page.frameLocator(`iframe[title="${title}"]`);
    await expect(frame.getByRole('heading', { name: heading })).toBeVisible({ timeout: 20_000 });
    await expect(frame.getByText(product.title).first()).toBeVisible();
  }

  // Not public before publishing (asked of the storefront directly: the edge must not keep a 404).
  expect((await rawRequest(`${STOREFRONT_URL}/pages/${handle}`)).body).not.toContain(heading);

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published: the page is live.')).toBeVisible();

  await expect
    .poll(
      async () => {
        const response = await rawRequest(`${edge.url}/pages/${handle}`);
        return response.status === 200 && response.body.includes(heading) && response.body.includes(product.title);
      },
      { timeout: 10_000 },
    )
    .toBe(true);

  // The list shows it published, edited by this marketer.
  await page.goto('/studio/pages');
  const row = page.getByRole('row').filter({ hasText: handle });
  await expect(row).toContainText('Published');
  await expect(row).toContainText(email);
});

test('blocks are reordered by keyboard alone, focus staying on the moved block', async ({ page, context }) => {
  const token = await signInToStudio(context, ['MARKETER']);
  const handle = uniqueHandle('studio-keys');
  await staffGraphql(
    token,
    `mutation ($input: PageInput!) { pageCreate(input: $input) { userErrors { field message } } }`,
    {
      input: {
        handle,
        title: 'Keyboard order',
        blocks: [
          { type: 'HeroBlock', data: { heading: 'First' } },
          { type: 'BannerBlock', data: { text: 'Second' } },
          { type: 'RichTextBlock', data: { html: '<p>Third</p>' } },
        ],
      },
    },
  );
  await page.goto(`/studio/pages/${handle}`);
  const order = () =>
    page.locator('[data-block-type]').evaluateAll((items) => items.map((item) => item.getAttribute('data-block-type')));
  await expect.poll(order).toEqual(['HeroBlock', 'BannerBlock', 'RichTextBlock']);

  // From the hero's "Move up" (first block: nothing happens), Tab to its "Move down".
  await page.getByRole('button', { name: 'Move up Hero block 1' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['HeroBlock', 'BannerBlock', 'RichTextBlock']);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move down Hero block 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['BannerBlock', 'HeroBlock', 'RichTextBlock']);
  await expect(page.getByRole('button', { name: 'Move down Hero block 2' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(order).toEqual(['BannerBlock', 'RichTextBlock', 'HeroBlock']);
  await expect(page.getByRole('button', { name: 'Move down Hero block 3' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Move up Hero block 3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['BannerBlock', 'HeroBlock', 'RichTextBlock']);
  await expect(page.getByRole('button', { name: 'Move up Hero block 2' })).toBeFocused();

  await page.getByRole('button', { name: 'Save draft' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Draft saved. The preview shows it.')).toBeVisible();
  const saved = await staffGraphql<{ page: { blocks: { __typename: string }[] } }>(
    token,
    `query ($handle: String!) { page(handle: $handle, preview: true) { blocks { __typename } } }`,
    { handle },
  );
  expect(saved.page.blocks.map((block) => block.__typename)).toEqual(['BannerBlock', 'HeroBlock', 'RichTextBlock']);
});

test('a page is scheduled in the marketer’s time zone, unpublished, and a revision restored into the draft', async ({
  page,
  context,
}) => {
  const token = await signInToStudio(context, ['MARKETER']);
  const handle = uniqueHandle('studio-schedule');
  await staffGraphql(token, `mutation ($input: PageInput!) { pageCreate(input: $input) { userErrors { message } } }`, {
    input: { handle, title: 'Schedule me', blocks: [{ type: 'HeroBlock', data: { heading: 'Version one' } }] },
  });
  await page.goto(`/studio/pages/${handle}`);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Published: the page is live.')).toBeVisible();

  // A second version, saved as a draft: the live page keeps version one.
  const hero = page.getByRole('region', { name: 'Hero block 1' });
  await hero.getByLabel('Heading', { exact: true }).fill('Version two');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved. The preview shows it.')).toBeVisible();

  // Scheduled a day ahead, typed in the browser's zone; the API gets the same instant in UTC.
  const at = new Date(Date.now() + 24 * 60 * 60 * 1000);
  at.setSeconds(0, 0);
  const offset = await page.evaluate(() => new Date().getTimezoneOffset());
  const local = new Date(at.getTime() - offset * 60_000).toISOString().slice(0, 16);
  await page.getByLabel(/^Publish at/).fill(local);
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Scheduled.', { exact: true })).toBeVisible();
  const scheduled = await staffGraphql<{ page: { status: string; publishAt: string } }>(
    token,
    `query ($handle: String!) { page(handle: $handle, preview: true) { status publishAt } }`,
    { handle },
  );
  expect(scheduled.page).toEqual({ status: 'SCHEDULED', publishAt: at.toISOString() });

  // A time in the past is refused next to the field.
  await page.getByLabel(/^Publish at/).fill('2020-01-01T10:00');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByLabel(/^Publish at/)).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByText(/^Unpublished/)).toBeVisible();

  // Restoring revision 1 brings version one back into the editor.
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(page.getByRole('region', { name: 'Hero block 1' }).getByLabel('Heading', { exact: true })).toHaveValue(
    'Version one',
  );
});

test('the page list duplicates a page under a new handle and deletes one after a confirmation', async ({
  page,
  context,
}) => {
  const token = await signInToStudio(context, ['MARKETER']);
  const handle = uniqueHandle('studio-list');
  await staffGraphql(token, `mutation ($input: PageInput!) { pageCreate(input: $input) { userErrors { message } } }`, {
    input: { handle, title: `List ${handle}`, blocks: [{ type: 'BannerBlock', data: { text: 'Copied' } }] },
  });
  await page.goto('/studio/pages');
  const row = page.getByRole('row').filter({ hasText: handle });
  await row.getByLabel(`Handle for the copy of List ${handle}`).fill(`${handle}-copy`);
  await row.getByRole('button', { name: `Duplicate List ${handle}` }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/pages/${handle}-copy$`));
  await expect(page.getByRole('region', { name: 'Banner block 1' }).getByLabel('Text')).toHaveValue('Copied');

  await page.goto('/studio/pages');
  const copy = page.getByRole('row').filter({ hasText: `${handle}-copy` });
  await copy.getByRole('button', { name: /^Delete / }).click();
  // The confirmation takes focus; Cancel keeps the page.
  await expect(copy.getByRole('button', { name: /^Yes, delete/ })).toBeFocused();
  await copy.getByRole('button', { name: /^Yes, delete/ }).click();
  await expect(page.getByRole('row').filter({ hasText: `${handle}-copy` })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: handle })).toHaveCount(1);
});

test('blocks are reordered by dragging a block onto another', async ({ page, context }) => {
  const token = await signInToStudio(context, ['MARKETER']);
  const handle = uniqueHandle('studio-drag');
  await staffGraphql(token, `mutation ($input: PageInput!) { pageCreate(input: $input) { userErrors { message } } }`, {
    input: {
      handle,
      title: 'Drag order',
      blocks: [
        { type: 'HeroBlock', data: { heading: 'First' } },
        { type: 'BannerBlock', data: { text: 'Second' } },
        { type: 'RichTextBlock', data: { html: '<p>Third</p>' } },
      ],
    },
  });
  await page.goto(`/studio/pages/${handle}`);
  const order = () =>
    page.locator('[data-block-type]').evaluateAll((items) => items.map((item) => item.getAttribute('data-block-type')));
  await expect.poll(order).toEqual(['HeroBlock', 'BannerBlock', 'RichTextBlock']);
  // Everything in view: a scroll in the middle of a drag ends it. The mouse moves in steps, as a
  // person drags (Chromium starts an HTML drag only after a move).
  await page.setViewportSize({ width: 1280, height: 3200 });
  await page.locator('[data-block-type="RichTextBlock"] [draggable="true"]').hover();
  await page.mouse.down();
  const target = page.locator('[data-block-type="HeroBlock"] h3');
  await target.hover({ position: { x: 5, y: 5 } });
  await target.hover({ position: { x: 10, y: 8 } });
  await page.mouse.up();
  await expect.poll(order).toEqual(['RichTextBlock', 'HeroBlock', 'BannerBlock']);
});

test('signing out revokes the staff token and leaves the studio', async ({ page, context }) => {
  const token = await signInToStudio(context, ['MARKETER']);
  await page.goto('/studio/pages');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/studio\/sign-in$/);
  const cookies = await context.cookies(STOREFRONT_URL);
  expect(cookies.find((cookie) => cookie.name === 'shop_staff')).toBeUndefined();
  // The token itself no longer works at the gateway.
  const who = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ staffMember { id } }' }),
  });
  const body = (await who.json()) as { data?: { staffMember: unknown } | null; errors?: unknown[] };
  expect(body.data?.staffMember ?? null).toBeNull();
  await page.goto('/studio/pages');
  await expect(page).toHaveURL(/\/studio\/sign-in$/);
});

test('a refused block field shows its message under that field, and nothing is saved', async ({ page, context }) => {
  const token = await signInToStudio(context, ['MARKETER']);
  const handle = uniqueHandle('studio-errors');
  await staffGraphql(token, `mutation ($input: PageInput!) { pageCreate(input: $input) { userErrors { message } } }`, {
    input: { handle, title: 'Errors by field', blocks: [] },
  });
  await page.goto(`/studio/pages/${handle}`);
  await page.getByLabel('Block type').selectOption({ label: 'Banner' });
  await page.getByRole('button', { name: 'Add block' }).click();
  const banner = page.getByRole('region', { name: 'Banner block 1' });
  await banner.getByLabel('Text').fill('Free shipping');
  await banner.getByLabel('Link').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save draft' }).click();
  const link = banner.getByLabel('Link');
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveAccessibleDescription(/https:\/\//);
  const stored = await staffGraphql<{ page: { blocks: unknown[] } }>(
    token,
    `query ($handle: String!) { page(handle: $handle, preview: true) { blocks { __typename } } }`,
    { handle },
  );
  expect(stored.page.blocks).toEqual([]);
});

test('studio screens: private, no-store, noindex, and no serious or critical axe violations', async ({
  page,
  context,
}) => {
  const signIn = await rawRequest(`${STOREFRONT_URL}/studio/sign-in`);
  expect(header(signIn, 'cache-control')).toBe('private, no-store');
  expect(header(signIn, 'x-robots-tag')).toBe('noindex');
  await page.goto('/studio/sign-in');
  expect(await seriousViolations(page)).toEqual([]);

  const token = await signInToStudio(context, ['MARKETER']);
  const handle = uniqueHandle('studio-axe');
  await staffGraphql(token, `mutation ($input: PageInput!) { pageCreate(input: $input) { userErrors { message } } }`, {
    input: {
      handle,
      title: 'Axe page',
      blocks: [
        { type: 'HeroBlock', data: { heading: 'Axe hero' } },
        { type: 'BannerBlock', data: { text: 'Axe banner' } },
      ],
    },
  });
  for (const path of ['/studio/pages', `/studio/pages/${handle}`]) {
    const response = await page.goto(path);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    expect(response?.headers()['x-robots-tag']).toBe('noindex');
    const violations = await seriousViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  }
});

test("a shopper's cookie or token reaches no studio page and no page mutation", async ({ page, context }) => {
  const email = `studio-shopper-${randomBytes(4).toString('hex')}@example.com`;
  const password = 'correct horse battery staple';
  await graphql(
    `
      mutation ($input: CustomerCreateInput!) {
        customerCreate(input: $input) {
          customer {
            id
          }
        }
      }
    `,
    {
      input: { email, password, firstName: 'Ada', lastName: 'Shopper' },
    },
  );
  const { customerAccessTokenCreate } = await graphql<{
    customerAccessTokenCreate: { customerAccessToken: { accessToken: string } | null };
  }>(
    `
      mutation ($input: CustomerAccessTokenCreateInput!) {
        customerAccessTokenCreate(input: $input) {
          customerAccessToken {
            accessToken
          }
        }
      }
    `,
    { input: { email, password } },
  );
  const shopperToken = customerAccessTokenCreate.customerAccessToken!.accessToken;

  // Signed in as a shopper (their own cookie), and with their token forged into the staff cookie.
  for (const name of ['shop_session', 'shop_staff']) {
    await context.clearCookies();
    await context.addCookies([{ name, value: shopperToken, url: STOREFRONT_URL }]);
    for (const path of ['/studio', '/studio/pages', '/studio/pages/home']) {
      await page.goto(path);
      await expect(page, `${name} on ${path}`).toHaveURL(/\/studio\/sign-in$/);
    }
  }
  // The studio's sign-in refuses a shopper's credentials.
  await context.clearCookies();
  await page.goto('/studio/sign-in');
  await page.getByLabel('Staff email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toBeVisible();
  await expect(page).toHaveURL(/\/studio\/sign-in$/);

  // Straight at the gateway: every page mutation answers FORBIDDEN, never a 500.
  for (const mutation of [
    'mutation { pageCreate(input: { handle: "shopper-page", title: "x" }) { page { id } } }',
    'mutation { pagePublish(id: "gid://shop/Page/1") { page { id } } }',
    'mutation { pageDelete(id: "gid://shop/Page/1") { page { id } } }',
  ]) {
    const response = await fetch(`${GATEWAY_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${shopperToken}` },
      body: JSON.stringify({ query: mutation }),
    });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  }

  // A merchandiser is staff, but pages are not theirs.
  await context.clearCookies();
  await signInToStudio(context, ['MERCHANDISER']);
  await page.goto('/studio/pages');
  await expect(page).toHaveURL(/\/studio\?denied=pages$/);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
