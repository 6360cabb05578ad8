import { expect, test } from '@playwright/test';

test('home: a heading, the main navigation to collections, product cards that open products', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).not.toBeEmpty();

  const nav = page.locator('nav[aria-label="Main"]');
  await expect(nav).toBeVisible();
  const collectionLinks = nav.locator('a[href^="/collections/"]');
  expect(await collectionLinks.count()).toBeGreaterThanOrEqual(3);

  const cardLinks = page.locator('article h3 > a[href^="/products/"]');
  expect(await cardLinks.count()).toBeGreaterThan(0);
  const first = cardLinks.first();
  const title = (await first.textContent())?.trim() ?? '';
  expect(title).not.toBe('');
  await first.click();
  await expect(page).toHaveURL(/\/products\/[\w-]+$/);
  await expect(page.locator('h1')).toHaveText(title);
});

test('home: a collection link in the main navigation opens that collection', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('nav[aria-label="Main"] a[href^="/collections/"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('ul[aria-label="Products"] article').first()).toBeVisible();
});
