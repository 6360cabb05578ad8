import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { waitForMail } from '../support/mail.js';
import {
  addToCartFromProductPage,
  buyAllThroughApi,
  fillCheckout,
  trackedVariant,
  unitsAvailable,
  variantFor,
} from '../support/shop.js';

// Buying in the browser: guest checkout from a product page to the confirmation, the cart's
// cookie and the privacy of every personal page, and a sale lost to another shopper while
// paying. Signed-in journeys are in checkout-account.spec.ts.

const CART_COOKIE = 'shop_cart';
const uniqueEmail = (tag: string) => `e2e-${tag}-${Date.now().toString(36)}@example.com`;

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

function expectPrivate(response: APIResponse, what: string): void {
  const cacheControl = response.headers()['cache-control'] ?? '';
  expect(cacheControl, what).toContain('private');
  expect(cacheControl, what).toContain('no-store');
}

test('a guest buys from a product page and lands on the order confirmation', async ({ page, context }) => {
  test.setTimeout(90_000);
  const variant = await variantFor('guest');
  await addToCartFromProductPage(page, variant);

  // The cart id is in an HttpOnly cookie: scripts cannot read it, and the page's HTML never held it.
  const cookie = (await context.cookies()).find((candidate) => candidate.name === CART_COOKIE);
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  expect(await page.evaluate(() => document.cookie)).not.toContain(CART_COOKIE);
  expect(await page.content()).not.toContain(cookie!.value);
  await expect(page.getByRole('link', { name: /^Cart, 1 item$/ })).toBeVisible();

  // The product page stays public and cacheable for a shopper with a cart.
  const productAgain = await page.request.get(variant.path);
  expect(productAgain.headers()['cache-control']).toMatch(/(^|[\s,])public([\s,]|$)/);
  expect(productAgain.headers()['set-cookie']).toBeUndefined();

  await page.getByRole('link', { name: 'View cart and check out' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem')).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Check out' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('timer')).toContainText(/Items reserved for \d+:\d\d|Reservation expired/);
  await expectNoSeriousAxeViolations(page);

  const email = uniqueEmail('guest');
  await fillCheckout(page, email);
  await page.getByRole('button', { name: 'Pay now' }).click();

  await expect(page).toHaveURL(/\/orders\/[\w-]{16,}$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  const orderHeading = page.getByRole('heading', { name: /^Order #\d{4,}$/ });
  await expect(orderHeading).toBeVisible();
  const orderNumber = (await orderHeading.textContent())!.replace('Order #', '');
  await expect(page.getByText(variant.productTitle).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The worker sends the confirmation through the run's SMTP catcher.
  const mail = await waitForMail(email, new RegExp(`#${orderNumber}\\b`), 30_000);
  expect(mail.text).toContain(variant.productTitle);
  expect(mail.html ?? '').toContain(orderNumber);

  // The order page is private, and the cart is gone: the next add starts a new one.
  expectPrivate(await page.request.get(new URL(page.url()).pathname), 'order page');
  await expect(page.getByRole('link', { name: /^Cart, 0 items$/ })).toBeVisible();
  const cartCookie = (await context.cookies()).find((candidate) => candidate.name === CART_COOKIE);
  expect(cartCookie?.value ?? '').toBe('');
});

test('cart, checkout and order pages are private at the storefront and passed by the edge rules', async ({
  request,
}) => {
  for (const path of ['/cart', '/checkout']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, path).toContain('private');
    expect(cacheControl, path).toContain('no-store');
    expect(response.headers()['content-security-policy'] ?? '', path).toMatch(/'nonce-/);
  }
  // An order id nobody holds looks like any missing page, and is private too.
  const missing = await request.get('/orders/AAAAAAAAAAAAAAAAAAAAAA');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control'] ?? '').toContain('no-store');
  const cart = await request.get('/api/cart');
  expect(cart.headers()['cache-control']).toBe('private, no-store');
  expect(await cart.json()).toEqual({ cart: null });
});

test('/api/cart refuses a change that is not a same-origin JSON request', async ({ request }) => {
  const variant = await variantFor('axe');
  const form = await request.post('/api/cart', {
    form: { action: 'add', merchandiseId: variant.variantId, quantity: '1' },
  });
  expect(form.status()).toBe(403);
  const crossSite = await request.post('/api/cart', {
    data: { action: 'add', merchandiseId: variant.variantId, quantity: 1 },
    headers: { 'sec-fetch-site': 'cross-site' },
  });
  expect(crossSite.status()).toBe(403);
  const bad = await request.post('/api/cart', { data: { action: 'add', quantity: 'lots' } });
  expect(bad.status()).toBe(400);
});

test('a quantity the API refuses is shown next to its line, and the cart is unchanged', async ({ page }) => {
  const variant = await variantFor('axe');
  await addToCartFromProductPage(page, variant);
  await page.goto('/cart');
  const quantity = page.getByRole('spinbutton', { name: new RegExp(`^Quantity of ${variant.productTitle}`) });
  await quantity.fill('100000');
  const line = page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem');
  const describedBy = await quantity.getAttribute('aria-describedby', { timeout: 10_000 });
  await expect(quantity).toHaveAttribute('aria-invalid', 'true', { timeout: 10_000 });
  expect(describedBy).toBeTruthy();
  await expect(line.locator(`[id="${describedBy}"]`)).not.toBeEmpty();
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: new RegExp(`^Quantity of ${variant.productTitle}`) })).toHaveValue(
    '1',
  );
});

test('discount codes on /cart: applied, refused with the reason at the field, removed', async ({ page }) => {
  const variant = await variantFor('axe');
  await addToCartFromProductPage(page, variant);
  await page.goto('/cart');
  const summary = page.getByRole('complementary', { name: 'Order summary' });
  const total = summary.locator('dd').last();
  const before = await total.textContent();

  const field = page.getByRole('textbox', { name: 'Discount code' });
  await field.fill('welcome10');
  await page.getByRole('button', { name: 'Apply' }).click();
  const applied = page.getByRole('list', { name: 'Applied discount codes' });
  await expect(applied).toContainText('WELCOME10', { timeout: 10_000 });
  await expect(total).not.toHaveText(before!);

  await field.fill('NOPE123');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true', { timeout: 10_000 });
  const describedBy = await field.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText('NOPE123');
  await expect(applied).toContainText('WELCOME10');

  await page.getByRole('button', { name: 'Remove code WELCOME10' }).click();
  await expect(applied).toBeHidden({ timeout: 10_000 });
  await expect(total).toHaveText(before!);
});

test('on a 360 px phone the drawer and the cart page fit the screen and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const variant = await variantFor('axe');
  await addToCartFromProductPage(page, variant);
  await expectNoSeriousAxeViolations(page);
  await page.goto('/cart');
  await expect(page.getByRole('button', { name: 'Check out' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('an item sold to someone else while the shopper pays: a clear message and no order', async ({ page }) => {
  test.setTimeout(120_000);
  const variant = await trackedVariant();
  await addToCartFromProductPage(page, variant);
  await page.goto('/cart');
  await page.getByRole('button', { name: 'Check out' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await fillCheckout(page, uniqueEmail('sold-out'));

  // The e2e stack holds stock for RESERVATION_MINUTES=0.5: wait for this hold to lapse, then let
  // a second shopper buy every unit through the API.
  await expect(page.getByRole('timer')).toHaveText('Reservation expired', { timeout: 60_000 });
  expect((await buyAllThroughApi(variant.variantId)).length).toBeGreaterThan(0);
  expect(await unitsAvailable(variant.variantId)).toBe(0);

  await page.getByRole('button', { name: 'Pay now' }).click();
  // Next.js has an alert of its own (the route announcer): read the payment step's.
  const alert = page.getByRole('region', { name: /Payment/ }).getByRole('alert');
  await expect(alert).toContainText(/sold out while you were checking out|no longer held/, { timeout: 30_000 });
  await expect(alert).toContainText('You have not been charged');
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(alert.getByRole('link', { name: 'Return to your cart' })).toBeVisible();
});

test('keyboard only: add to cart, close the drawer with Escape, and check out', async ({ page }) => {
  test.setTimeout(90_000);
  const variant = await variantFor('keyboard');
  await page.goto(variant.path);
  const add = page.getByRole('button', { name: 'Add to cart' });
  await tabUntil(page, async () => (await add.evaluate((element) => element === document.activeElement)) === true);
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Your cart' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Close cart' })).toBeFocused();
  await expect(drawer.getByRole('button', { name: new RegExp(`^Remove ${variant.productTitle}`) })).toBeVisible({
    timeout: 10_000,
  });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(add).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
  const toCart = drawer.getByRole('link', { name: 'View cart and check out' });
  await tabUntil(page, () => isFocused(toCart));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cart$/);

  await tabUntil(page, () => isFocused(page.getByRole('button', { name: 'Check out' })));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout$/);

  await tabUntil(page, () => isFocused(page.getByLabel('Email')));
  await page.keyboard.type(uniqueEmail('keyboard'));
  for (const [label, value] of [
    ['First name', 'Alan'],
    ['Last name', 'Turing'],
    ['Street and number', '2 Bletchley Park'],
    ['City', 'Milton Keynes'],
    ['Postal code', 'MK3 6EB'],
  ] as const) {
    await tabUntil(page, () => isFocused(page.getByLabel(label)));
    await page.keyboard.type(value);
  }
  await tabUntil(page, () => isFocused(page.getByLabel('Country')));
  await page.keyboard.type('United Kingdom');
  await expect(page.getByLabel('Country')).toHaveValue('GB');
  await tabUntil(page, () => isFocused(page.getByRole('button', { name: 'Save and continue' })));
  await page.keyboard.press('Enter');

  const rates = page.getByRole('group', { name: 'Shipping method' }).getByRole('radio');
  await expect(rates.first()).toBeVisible({ timeout: 10_000 });
  await tabUntil(page, () => isFocused(rates.first()));
  await page.keyboard.press('Space');
  await expect(page.getByText('Shipping method saved.')).toBeVisible({ timeout: 10_000 });
  await tabUntil(page, () => isFocused(page.getByRole('button', { name: 'Pay now' })));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/orders\/[\w-]{16,}$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
});

async function isFocused(locator: ReturnType<Page['getByRole']>): Promise<boolean> {
  return (
    (await locator.count()) > 0 && (await locator.first().evaluate((element) => element === document.activeElement))
  );
}

/** Presses Tab until `done` says focus arrived (at most 60 stops), failing with where focus is. */
async function tabUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  for (let stop = 0; stop < 60; stop += 1) {
    if (await done()) return;
    await page.keyboard.press('Tab');
  }
  const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
  throw new Error(`focus never arrived after 60 Tab presses; it is on ${where}`);
}
