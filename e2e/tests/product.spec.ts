import { expect, test, type Page } from '@playwright/test';
import { productWithPricedVariants, type ProductDetail, type VariantDetail } from '../support/catalog.js';
import { STOREFRONT_URL } from '../support/stack-env.js';

const money = (price: VariantDetail['price']) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: price.currencyCode }).format(Number(price.amount));
const valueOf = (variant: VariantDetail, name: string) =>
  variant.selectedOptions.find((option) => option.name === name)!.value;
const fieldset = (page: Page, option: string) =>
  page.locator('fieldset').filter({ has: page.locator('legend', { hasText: new RegExp(`^\\s*${option}\\b`) }) });

/** What the page shows with no choice in the URL: the first variant that can be bought. */
const defaultVariant = (product: ProductDetail) =>
  product.variants.nodes.find((variant) => variant.availableForSale) ?? product.variants.nodes[0]!;

test('product page: title, price, gallery, one fieldset per option, and live stock', async ({ page }) => {
  const product = await productWithPricedVariants();
  const initial = defaultVariant(product);
  const response = await page.goto(`/products/${product.handle}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(product.title);
  await expect(page.locator('main')).toContainText(money(initial.price));
  await expect(page.locator('section[aria-label*="images"]')).toBeVisible();

  for (const option of product.options) {
    const group = fieldset(page, option.name);
    await expect(group).toHaveCount(1);
    await expect(group.locator('legend')).toHaveText(
      new RegExp(`^\\s*${option.name}:\\s*${valueOf(initial, option.name)}\\s*$`),
    );
    await expect(group.getByRole('radio')).toHaveCount(option.values.length);
    for (const value of option.values)
      await expect(group.getByRole('radio', { name: value, exact: true })).toHaveCount(1);
  }
  // Filled in by the browser after load, never part of the cached page.
  await expect(page.locator('p[role="status"]')).toHaveText(/^\s*(In stock|Only \d+ left|Sold out)\s*$/);
});

test('choosing a variant rewrites the URL in place; legend and price follow; a reload keeps the choice', async ({
  page,
}) => {
  const product = await productWithPricedVariants();
  const initial = defaultVariant(product);
  const target = product.variants.nodes.find(
    (variant) => variant.price.amount !== initial.price.amount && variant.availableForSale,
  );
  if (!target) throw new Error(`${product.handle}: no buyable variant priced apart from the first`);

  await page.goto(`/products/${product.handle}`);
  await expect(page.locator('p[role="status"]')).not.toBeEmpty();
  // A full reload would drop this marker.
  await page.evaluate(() => ((window as unknown as { e2eMarker: number }).e2eMarker = 1));

  for (const { name, value } of target.selectedOptions) {
    await fieldset(page, name).getByRole('radio', { name: value, exact: true }).check();
    await expect(fieldset(page, name).locator('legend')).toHaveText(new RegExp(`^\\s*${name}:\\s*${value}\\s*$`));
  }
  await expect(page).toHaveURL((url) =>
    target.selectedOptions.every(({ name, value }) => url.searchParams.get(name.toLowerCase()) === value.toLowerCase()),
  );
  expect(new URL(page.url()).pathname).toBe(`/products/${product.handle}`);
  await expect(page.locator('main')).toContainText(money(target.price));
  expect(await page.evaluate(() => (window as unknown as { e2eMarker?: number }).e2eMarker)).toBe(1);

  await page.reload();
  for (const { name, value } of target.selectedOptions) {
    await expect(fieldset(page, name).getByRole('radio', { name: value, exact: true })).toBeChecked();
    await expect(fieldset(page, name).locator('legend')).toHaveText(new RegExp(`^\\s*${name}:\\s*${value}\\s*$`));
  }
  await expect(page.locator('main')).toContainText(money(target.price));
});

test('a shared variant URL opens with that variant checked', async ({ page }) => {
  const product = await productWithPricedVariants();
  const target = product.variants.nodes.at(-1)!;
  const query = new URLSearchParams(
    target.selectedOptions.map(({ name, value }) => [name.toLowerCase(), value.toLowerCase()]),
  );
  await page.goto(`/products/${product.handle}?${query}`);
  for (const { name, value } of target.selectedOptions) {
    await expect(fieldset(page, name).getByRole('radio', { name: value, exact: true })).toBeChecked();
  }
  await expect(page.locator('main')).toContainText(money(target.price));
});

test('search engines get JSON-LD, a canonical URL without the query string and Open Graph tags', async ({ page }) => {
  const product = await productWithPricedVariants();
  const variant = product.variants.nodes[0]!;
  const query = new URLSearchParams(
    variant.selectedOptions.map(({ name, value }) => [name.toLowerCase(), value.toLowerCase()]),
  );
  await page.goto(`/products/${product.handle}?${query}`);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${STOREFRONT_URL}/products/${product.handle}`,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    new RegExp(product.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
  expect(() => new URL(ogImage ?? '')).not.toThrow();

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const documents = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
  const jsonLd = documents.find((document) => document['@type'] === 'Product');
  expect(jsonLd, 'a Product JSON-LD block').toBeDefined();
  expect(jsonLd!.name).toBe(product.title);
  expect(Array.isArray(jsonLd!.offers) && jsonLd!.offers.length).toBe(product.variants.nodes.length);
});
