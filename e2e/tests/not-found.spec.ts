import { expect, test } from '@playwright/test';

for (const path of ['/products/does-not-exist', '/collections/does-not-exist']) {
  test(`${path} answers 404 with a "Page not found" heading`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
}
