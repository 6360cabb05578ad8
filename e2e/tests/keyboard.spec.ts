import { expect, test } from '@playwright/test';
import { productWithPricedVariants } from '../support/catalog.js';

test('Tab from the top reaches the skip link first, then the home link and the search box', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveText(/skip to content/i);
  await expect(skip).toHaveAttribute('href', '#main');
  const stops: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!element) return 'nothing';
        const type = element.getAttribute('type');
        return `${element.tagName.toLowerCase()}${type ? `[type=${type}]` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      }),
    );
  }
  expect(stops[0], 'the second Tab stop').toMatch(/^a "Northwind Supply"/);
  expect(stops[1], 'the third Tab stop').toMatch(/^input\[type=search\]/);
});

test('the skip link moves keyboard focus into the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('variant radios change with the arrow keys', async ({ page }) => {
  const product = await productWithPricedVariants();
  const size = product.options.find((option) => option.name === 'Size')!;
  await page.goto(`/products/${product.handle}`);
  const group = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: /^\s*Size\b/ }) });
  const checked = group.locator('input[type="radio"]:checked');
  const before = await checked.getAttribute('value');
  const index = size.values.indexOf(before ?? '');
  expect(index).toBeGreaterThanOrEqual(0);
  const next = size.values[(index + 1) % size.values.length]!;

  await checked.focus();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: next, exact: true })).toBeChecked();
  await expect(group.getByRole('radio', { name: next, exact: true })).toBeFocused();
  await expect(group.locator('legend')).toHaveText(new RegExp(`^\\s*Size:\\s*${next}\\s*$`));
  await expect(page).toHaveURL((url) => url.searchParams.get('size') === next.toLowerCase());

  await page.keyboard.press('ArrowLeft');
  await expect(group.getByRole('radio', { name: before!, exact: true })).toBeChecked();
});
