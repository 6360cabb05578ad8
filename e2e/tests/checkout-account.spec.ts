import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { graphql } from '../support/catalog.js';
import { GATEWAY_URL } from '../support/stack-env.js';
import { addToCartFromProductPage, chooseFirstRate, TEST_ADDRESS, variantFor } from '../support/shop.js';

// Signed-in shoppers: checkout with a saved address and the order in the account, and a guest
// cart that joins the customer's cart on sign-in. Customers are made through the API (the
// account journeys cover the sign-up form), two per run: sign-ups are limited per address.

const PASSWORD = 'correct horse battery staple';

async function createCustomer(tag: string, withAddress: boolean): Promise<{ email: string }> {
  const email = `e2e-${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const created = await graphql<{ customerCreate: { customer: { id: string } | null } }>(
    `
      mutation ($input: CustomerCreateInput!) {
        customerCreate(input: $input) {
          customer {
            id
          }
        }
      }
    `,
    { input: { email, password: PASSWORD, firstName: 'Katherine', lastName: 'Johnson' } },
  );
  expect(created.customerCreate.customer).not.toBeNull();
  if (withAddress) {
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
      { input: { email, password: PASSWORD } },
    );
    const token = customerAccessTokenCreate.customerAccessToken!.accessToken;
    const response = await fetch(`${GATEWAY_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation ($address: MailingAddressInput!) { customerAddressCreate(address: $address, setAsDefault: true) { customerAddress { id } userErrors { message } } }`,
        variables: { address: TEST_ADDRESS },
      }),
    });
    const body = (await response.json()) as { data?: { customerAddressCreate: { customerAddress: unknown } } };
    expect(body.data?.customerAddressCreate.customerAddress).toBeTruthy();
  }
  return { email };
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/account/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('a signed-in customer checks out with a saved address and finds the order in the account', async ({ page }) => {
  test.setTimeout(90_000);
  const { email } = await createCustomer('signed-in', true);
  await signIn(page, email);
  const variant = await variantFor('signedIn');
  await addToCartFromProductPage(page, variant);
  await page.goto('/cart');
  await page.getByRole('button', { name: 'Check out' }).click();
  await expect(page).toHaveURL(/\/checkout$/);

  // The customer's email is filled in; the address comes from the address book.
  await expect(page.getByLabel('Email')).toHaveValue(email);
  const saved = page.getByLabel('Use a saved address');
  await saved.selectOption({ index: 1 });
  await expect(page.getByLabel('Street and number')).toHaveValue(TEST_ADDRESS.address1);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await chooseFirstRate(page);
  await page.getByRole('button', { name: 'Pay now' }).click();

  await expect(page).toHaveURL(/\/orders\/[\w-]{16,}$/, { timeout: 30_000 });
  const heading = await page.getByRole('heading', { name: /^Order #\d{4,}$/ }).textContent();
  const orderNumber = heading!.replace('Order #', '');
  await expect(page.getByRole('region', { name: 'Shipping address' })).toContainText(TEST_ADDRESS.address1);

  await page.goto('/account');
  const orders = page.getByRole('region', { name: 'Orders' });
  const link = orders.getByRole('link', { name: `Order #${orderNumber}` });
  await expect(link).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await link.click();
  await expect(page).toHaveURL(/\/account\/orders\/[\w-]{16,}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Order #${orderNumber}` })).toBeVisible();
  await expect(page.getByText(variant.productTitle).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Another browser, signed out, holding the same order URL sees a missing page.
  const stranger = await page.context().browser()!.newContext();
  const response = await stranger.request.get(new URL(page.url()).pathname.replace('/account', ''));
  expect(response.status()).toBe(404);
  await stranger.close();
});

test('a guest cart joins the customer’s cart on sign-in', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const { email } = await createCustomer('merge', false);
  // The customer already has a cart of their own, made while signed in on another device.
  const own = await variantFor('mergeOwn');
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, email);
  await addToCartFromProductPage(otherPage, own);
  await otherDevice.close();

  // Here, as a guest, they add something else, then sign in: both are in the cart.
  const variant = await variantFor('merge');
  await addToCartFromProductPage(page, variant);
  await signIn(page, email);
  await page.goto('/cart');
  const lines = page.getByRole('list', { name: 'Items in your cart' });
  await expect(lines.getByRole('link', { name: variant.productTitle })).toBeVisible();
  await expect(lines.getByRole('link', { name: own.productTitle })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /^Cart, 2 items$/ })).toBeVisible();
});
