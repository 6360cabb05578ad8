import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { graphql } from '../support/catalog.js';

// Customer accounts in the browser: sign-up, the session cookie, addresses, sign-out and
// sign-in, and the promise that public pages stay public for a signed-in shopper.
// One sign-up per run: the API limits sign-ups per address (SIGN_UP_LIMIT_PER_IP).

const SESSION_COOKIE = 'shop_session';
const PASSWORD = 'correct horse battery staple';
const FIRST_NAME = 'Ada';
const LAST_NAME = `Lovelace${Date.now().toString(36)}`;
const EMAIL = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

/**
 * A product to look at, asked of the gateway as a third party would (the storefront's own
 * `/api/graphql` takes only its trusted documents, by hash: docs/trusted-documents.md).
 */
async function anyProductHandle(): Promise<string> {
  const body = await graphql<{ products: { nodes: { handle: string }[] } }>(
    '{ products(first: 1) { nodes { handle } } }',
  );
  const handle = body.products.nodes[0]?.handle;
  if (!handle) throw new Error('the catalog has no products');
  return handle;
}

for (const path of ['/account/sign-in', '/account/sign-up']) {
  test(`${path} is private, not indexed and accessible`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const cacheControl = response?.headers()['cache-control'] ?? '';
    expect(cacheControl).toContain('private');
    expect(cacheControl).toContain('no-store');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expectNoSeriousAxeViolations(page);
  });
}

test('signed out, /account sends the shopper to sign in', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/sign-in$/);
});

test.describe('a customer account, from sign-up to sign-in', () => {
  test.describe.configure({ mode: 'serial' });

  // One browser context for the whole journey, so the session cookie carries from step to step.
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext();
    page = await context.newPage();
  });

  test.afterAll(async () => {
    await context.close();
  });

  test('sign-up lands on /account showing the name', async () => {
    await page.goto('/account/sign-up');
    await page.getByLabel('First name').fill(FIRST_NAME);
    await page.getByLabel('Last name').fill(LAST_NAME);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(`${FIRST_NAME} ${LAST_NAME}`).first()).toBeVisible();
    await expect(page.getByText(EMAIL)).toBeVisible();
  });

  test('the session cookie is HttpOnly, SameSite=Lax, site-wide and lasts as long as the token', async () => {
    const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe('Lax');
    // The stack runs `next start` (NODE_ENV=production); only `next dev` leaves Secure off.
    expect(cookie!.secure).toBe(true);
    expect(cookie!.path).toBe('/');
    // The API issues 30-day tokens; the cookie ends with the token, not with the browser session.
    expect(cookie!.expires * 1000).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });

  test('the account page is private and accessible', async () => {
    const response = await page.goto('/account');
    expect(response?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    await expectNoSeriousAxeViolations(page);
  });

  test('an added address is listed', async () => {
    await page.goto('/account');
    await page.getByLabel('Street and number').fill('Unter den Linden 1');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Postal code').fill('10117');
    await page.getByLabel('Country code').fill('de');
    await page.getByLabel('Make this my default address').check();
    await page.getByRole('button', { name: 'Save address' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Address saved.' })).toBeVisible();
    const saved = page.getByRole('region', { name: 'Saved addresses' });
    await expect(saved).toContainText('Unter den Linden 1');
    await expect(saved).toContainText('10117 Berlin');
    await expect(page.getByRole('region', { name: 'Default address' })).toContainText('Unter den Linden 1');
    // The form is empty again, ready for the next address.
    await expect(page.getByLabel('Street and number')).toHaveValue('');
  });

  test('a product page stays public for a signed-in shopper: no Set-Cookie, nothing personal', async () => {
    const response = await page.goto(`/products/${await anyProductHandle()}`);
    expect(response?.status()).toBe(200);
    expect(await response!.headerValue('set-cookie')).toBeNull();
    const html = await response!.text();
    expect(html).not.toContain(EMAIL);
    expect(html).not.toContain(LAST_NAME);
  });

  test('on a cached page the header greets the shopper, filled in by the browser', async () => {
    const handle = await anyProductHandle();
    const response = await page.goto(`/products/${handle}`);
    expect(await response!.text()).not.toContain(`Hi, ${FIRST_NAME}`);
    await expect(page.getByRole('banner').getByRole('link', { name: `Hi, ${FIRST_NAME}` })).toBeVisible();
  });

  test('sign-out ends the session: /account redirects to sign-in', async () => {
    await page.goto('/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/account\/sign-in$/);
    // The sign-out redirect is a client-side navigation: the header must drop the greeting too.
    await expect(page.getByRole('banner').getByText(`Hi, ${FIRST_NAME}`)).toHaveCount(0);
    expect((await context.cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);

    await page.goto('/account');
    await expect(page).toHaveURL(/\/account\/sign-in$/);
  });

  test('signed out, the header says Account again', async () => {
    await page.goto(`/products/${await anyProductHandle()}`);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Account' })).toBeVisible();
    await expect(banner.getByText(`Hi, ${FIRST_NAME}`)).toHaveCount(0);
  });

  test('a wrong password is refused with a message, keeping the email', async () => {
    await page.goto('/account/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Unknown email or wrong password.' })).toBeVisible();
    await expect(page).toHaveURL(/\/account\/sign-in$/);
    await expect(page.getByLabel('Email')).toHaveValue(EMAIL);
    await expect(page.getByLabel('Password')).toHaveValue('');
  });

  test('signing in again with the password opens /account, ignoring an off-site returnTo', async () => {
    await page.goto(`/account/sign-in?returnTo=${encodeURIComponent('//evil.example/account')}`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(EMAIL)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Saved addresses' })).toContainText('Unter den Linden 1');
  });
});
