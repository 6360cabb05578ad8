import { expect, test, type Locator, type Page } from '@playwright/test';
import { getCollectionFacts, productCountText } from '../support/catalog.js';

const HANDLE = 'backpacks';
const SORT_VALUES = [
  'manual',
  'best-selling',
  'price-ascending',
  'price-descending',
  'created-descending',
  'title-ascending',
  'title-descending',
];

const grid = (page: Page) => page.locator('ul[aria-label="Products"]');
const cards = (page: Page) => grid(page).locator('article');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The facet group (a <details>) whose summary reads `label`, opened. */
async function openFacet(page: Page, label: string): Promise<Locator> {
  const group = page
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: new RegExp(`^\\s*${escape(label)}\\s*$`) }) });
  await expect(group).toHaveCount(1);
  if (!(await group.evaluate((element) => (element as HTMLDetailsElement).open)))
    await group.locator('summary').click();
  return group;
}

/** Shopify-style query value: spaces as `+`. */
const formValue = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

/** The first price on each card, in cents. */
async function cardPrices(page: Page): Promise<number[]> {
  const texts = await cards(page).allInnerTexts();
  return texts.map((text) => {
    const match = /\$([\d,]+\.\d{2})/.exec(text);
    if (!match) throw new Error(`No price on card: ${text}`);
    return Math.round(Number(match[1]!.replace(/,/g, '')) * 100);
  });
}

test('collection: title, product count and a grid of cards', async ({ page }) => {
  const facts = await getCollectionFacts(HANDLE);
  const response = await page.goto(`/collections/${HANDLE}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(facts.title);
  await expect(page.getByText(productCountText(facts.totalCount), { exact: true })).toBeVisible();
  const count = await cards(page).count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(Math.min(facts.totalCount, 50));
  await expect(cards(page).first().locator('h3 > a')).toHaveAttribute('href', /^\/products\/[\w-]+$/);
});

test('filtering by vendor narrows the list to that vendor, and the filter can be removed', async ({ page }) => {
  const facts = await getCollectionFacts(HANDLE);
  const vendor = facts.vendors.find((value) => value.count > 0 && value.count < facts.totalCount);
  if (!vendor) throw new Error(`${HANDLE} has no vendor facet to filter by`);
  await page.goto(`/collections/${HANDLE}`);

  const group = await openFacet(page, 'Vendor');
  await group.getByRole('link', { name: new RegExp(`^${escape(vendor.label)}\\s*\\(${vendor.count}\\)`) }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('filter.p.vendor') === vendor.label);
  expect(new URL(page.url()).search).toContain(`filter.p.vendor=${formValue(vendor.label)}`);

  await expect(page.getByText(productCountText(vendor.count), { exact: true })).toBeVisible();
  const filtered = cards(page);
  expect(await filtered.count()).toBeGreaterThan(0);
  for (const card of await filtered.all()) await expect(card.getByText(vendor.label, { exact: true })).toBeVisible();

  await page.getByRole('link', { name: `Remove filter: ${vendor.label}` }).click();
  await expect(page).toHaveURL((url) => !url.searchParams.has('filter.p.vendor'));
  await expect(page.getByText(productCountText(facts.totalCount), { exact: true })).toBeVisible();
});

test('filtering by colour uses filter.v.option.color and lowers the count', async ({ page }) => {
  const facts = await getCollectionFacts(HANDLE);
  await page.goto(`/collections/${HANDLE}`);
  const group = await openFacet(page, 'Color');
  const link = group.getByRole('link').first();
  const name = (await link.innerText()).replace(/\s+/g, ' ').trim();
  const [, label, count] = /^(.+?)\s*\((\d+)\)$/.exec(name) ?? [];
  expect(label, `facet link text "${name}" reads "Value (count)"`).toBeDefined();
  await link.click();
  await expect(page).toHaveURL((url) => url.searchParams.get('filter.v.option.color') === label);
  await expect(page.getByText(productCountText(Number(count)), { exact: true })).toBeVisible();
  expect(Number(count)).toBeLessThanOrEqual(facts.totalCount);
  await expect(page.getByRole('link', { name: `Remove filter: ${label}` })).toBeVisible();
});

test('sorting by price is a GET form that puts sort_by in the URL and orders the cards', async ({ page }) => {
  await page.goto(`/collections/${HANDLE}`);
  const select = page.getByLabel('Sort by');
  await expect(select).toBeVisible();
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(values).toEqual(SORT_VALUES);
  expect(await select.evaluate((element) => (element as HTMLSelectElement).form?.method)).toBe('get');

  await select.selectOption('price-ascending');
  await expect(page).toHaveURL((url) => url.searchParams.get('sort_by') === 'price-ascending');
  await expect(page.getByLabel('Sort by')).toHaveValue('price-ascending');
  const prices = await cardPrices(page);
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  await page.getByLabel('Sort by').selectOption('price-descending');
  await expect(page).toHaveURL((url) => url.searchParams.get('sort_by') === 'price-descending');
  const descending = await cardPrices(page);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  expect(descending[0]!).toBeGreaterThan(prices[0]!);
});

test('pagination walks forward and back with cursors', async ({ page }) => {
  // Products are told apart by link: the catalog has products that share a title.
  const productLinks = () =>
    cards(page)
      .locator('h3 > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await page.goto(`/collections/${HANDLE}`);
  const firstPage = await productLinks();
  const pagination = page.locator('nav[aria-label="Pagination"]');
  await pagination.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.has('after'));
  const secondPage = await productLinks();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);

  await page.locator('nav[aria-label="Pagination"]').getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.has('before') || url.search === '');
  expect(await productLinks()).toEqual(firstPage);
});
