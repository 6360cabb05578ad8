import { expect, test } from '@playwright/test';

test('a typo still finds backpacks, with facets to narrow them', async ({ page }) => {
  const response = await page.goto('/search?q=backpak');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText('backpak');
  const titles = page.locator('ul[aria-label="Products"] article h3');
  await expect(titles.first()).toBeVisible();
  await expect(titles.first()).toHaveText(/backpack/i);
  // Facet groups (<details>) beside the results, as on collection pages.
  await expect(
    page.locator('aside[aria-label="Filters"] details summary').filter({ visible: true }).first(),
  ).toBeVisible();
});

test('a search that matches nothing says so', async ({ page }) => {
  const response = await page.goto('/search?q=zzzzqqq');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('No results', { exact: false }).first()).toBeVisible();
  await expect(page.locator('ul[aria-label="Products"] article')).toHaveCount(0);
});

test('the search box in the header submits to the results page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox').first();
  await box.fill('sneakers');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=sneakers$/);
  await expect(page.locator('h1')).toContainText('sneakers');
});
