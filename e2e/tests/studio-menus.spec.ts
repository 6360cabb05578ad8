import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { graphql, productForSlot } from '../support/catalog.js';
import { signInToStudio, staffGraphql } from '../support/studio.js';

// The studio's menu editor by keyboard (move, add, fix a refused link, save), by drag, and axe
// on the studio's menu and product screens. The footer menu is set to a known state first and
// put back afterwards: other journeys read the shop's menus.

interface MenuItem {
  title: string;
  url: string;
  items?: MenuItem[];
}

const MENU_QUERY = `query { menu(handle: "footer") { items { title url items { title url } } } }`;
const MENU_UPDATE = `mutation ($items: [MenuItemInput!]!) {
  menuUpdate(handle: "footer", items: $items) { userErrors { field message } }
}`;
const KNOWN: MenuItem[] = [
  { title: 'Help', url: '/pages/help', items: [{ title: 'Shipping', url: '/pages/shipping' }] },
  { title: 'About', url: '/pages/about' },
  { title: 'Journal', url: 'https://journal.example.com/' },
];

const footerItems = async () => (await graphql<{ menu: { items: MenuItem[] } | null }>(MENU_QUERY)).menu?.items ?? [];

test.describe.configure({ mode: 'serial' });

let token = '';
let original: MenuItem[] = [];

test.beforeEach(async ({ context }) => {
  token = await signInToStudio(context, ['MARKETER']);
  original = await footerItems();
  await staffGraphql(token, MENU_UPDATE, { items: KNOWN });
});

test.afterEach(async () => {
  const items = original.map(({ title, url, items }) => ({
    title,
    url,
    items: (items ?? []).map((sub) => ({ title: sub.title, url: sub.url })),
  }));
  await staffGraphql(token, MENU_UPDATE, { items });
});

const footerEditor = (page: Page) => page.getByRole('form', { name: 'Footer menu' });
/** The top-level items' titles, in order (sub-items sit in their own list). */
const topTitles = (editor: Locator) =>
  editor
    .locator(':scope > ol > li > div input[id$="-title"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

test('the footer menu is edited by keyboard alone: move, nest, add, a refused link fixed, save', async ({ page }) => {
  await page.goto('/studio/menus');
  const editor = footerEditor(page);
  await expect.poll(() => topTitles(editor)).toEqual(['Help', 'About', 'Journal']);

  // From Help's title field: Tab to its link, then (the disabled "up" is skipped) to "Move Help down".
  await editor.getByLabel('Title', { exact: true }).first().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('button', { name: 'Move Help down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => topTitles(editor)).toEqual(['About', 'Help', 'Journal']);
  // Focus follows the moved item, so a second press moves it again.
  await expect(editor.getByRole('button', { name: 'Move Help down' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => topTitles(editor)).toEqual(['About', 'Journal', 'Help']);
  await expect(editor.getByRole('button', { name: 'Move Help up' })).toBeFocused();

  // Across levels by keyboard too: Journal under About, focus on the way back out.
  await editor.getByRole('button', { name: 'Make Journal a sub-item of About' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: 'Move Journal to the top level' })).toBeFocused();
  await expect.poll(() => topTitles(editor)).toEqual(['About', 'Help']);

  // A new item takes focus in its title; a javascript: link is refused next to the field.
  await editor.getByRole('button', { name: 'Add an item' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gift cards');
  await page.keyboard.press('Tab');
  await page.keyboard.type('javascript:alert(1)');
  await editor.getByRole('button', { name: /^Save footer menu/ }).focus();
  await page.keyboard.press('Enter');
  const link = editor.getByLabel('Link', { exact: true }).last();
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveAccessibleDescription(/path on the shop|https/);

  await link.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('/collections/gift-cards');
  await editor.getByRole('button', { name: /^Save footer menu/ }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('status').filter({ hasText: 'Menu saved.' })).toBeVisible();

  const saved = await footerItems();
  expect(saved.map((item) => item.title)).toEqual(['About', 'Help', 'Gift cards']);
  expect(saved[0]!.items?.map((item) => item.title)).toEqual(['Journal']);
  expect(saved[1]!.items?.map((item) => item.title)).toEqual(['Shipping']);
  expect(saved[2]!.url).toBe('/collections/gift-cards');
});

test('an item is reordered by dragging its handle', async ({ page }) => {
  await page.goto('/studio/menus');
  const editor = footerEditor(page);
  const rows = editor.locator(':scope > ol > li');
  await expect(rows).toHaveCount(3);
  // Journal's handle onto the top half of Help's row: Journal goes first. The HTML drag events
  // are sent to the elements (one DataTransfer through them, as a browser does); headless
  // Chromium does not start a native drag from synthetic mouse input here.
  const handle = rows.nth(2).locator('[draggable="true"]').first();
  const target = rows.nth(0);
  const box = (await target.boundingBox())!;
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await handle.dispatchEvent('dragstart', { dataTransfer });
  const at = { dataTransfer, clientX: box.x + 20, clientY: box.y + 6 };
  await target.dispatchEvent('dragenter', at);
  await target.dispatchEvent('dragover', at);
  await target.dispatchEvent('drop', at);
  await handle.dispatchEvent('dragend', { dataTransfer });
  await expect.poll(() => topTitles(editor)).toEqual(['Journal', 'Help', 'About']);
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the menu and product editors have no serious accessibility violations, errors shown', async ({ page }) => {
  await page.goto('/studio/menus');
  const editor = footerEditor(page);
  await editor.getByLabel('Link', { exact: true }).first().fill('data:text/html,x');
  await editor.getByRole('button', { name: /^Save footer menu/ }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'correct' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const product = await productForSlot('studioMarketerPrice');
  await page.goto(`/studio/products/${product.handle}`);
  await page
    .getByLabel(/^Price \(/)
    .first()
    .fill('-1');
  await page.getByRole('button', { name: 'Save product' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'correct' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
