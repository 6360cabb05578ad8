import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { productForSlot } from '../support/catalog.js';

// axe-core on each kind of page: nothing serious or critical. Failures print each rule, its
// help text and the offending elements.

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) =>
      [
        `${violation.impact}: ${violation.id} (${violation.help}) ${violation.helpUrl}`,
        ...violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
      ].join('\n'),
    );
}

const pages: { name: string; path: () => Promise<string>; status?: number }[] = [
  { name: 'home', path: async () => '/' },
  // A seeded landing page: hero, rich text and a product grid (apps/api/src/subgraphs/content/seed.ts).
  { name: 'content page', path: async () => '/pages/winter-sale' },
  { name: 'collection', path: async () => '/collections/sneakers' },
  {
    name: 'filtered collection',
    path: async () => '/collections/sneakers?filter.v.availability=1&sort_by=price-descending',
  },
  { name: 'product', path: async () => `/products/${(await productForSlot('accessibility')).handle}` },
  { name: 'search results', path: async () => '/search?q=backpack' },
  { name: 'search without results', path: async () => '/search?q=zzzzqqq' },
  { name: 'page not found', path: async () => '/products/does-not-exist', status: 404 },
];

for (const { name, path, status = 200 } of pages) {
  test(`${name}: no serious or critical accessibility violations`, async ({ page }) => {
    const response = await page.goto(await path());
    expect(response?.status()).toBe(status);
    await page.waitForLoadState('networkidle');
    const violations = await seriousViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });
}
