import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { graphql } from '../support/catalog.js';
import { signInToStudio, staffGraphql } from '../support/studio.js';

// The studio's A/B panel on a page of the journey's own: start a test (version b edited from a
// copy of the page's blocks, a 30% split), read the counts shoppers make, stop keeping b.

const PAGE_CREATE = `mutation ($input: PageInput!) { pageCreate(input: $input) { page { id } userErrors { message } } }`;
const PAGE_PUBLISH = `mutation ($id: ID!) { pagePublish(id: $id) { page { status } userErrors { message } } }`;
const RECORD = `mutation ($id: ID!, $variant: String!, $event: PageExperimentEvent!) {
  pageExperimentRecord(id: $id, variant: $variant, event: $event)
}`;
const PUBLIC_PAGE = `query ($handle: String!, $variant: String) {
  page(handle: $handle, variant: $variant) { variant experimentSplit blocks { ... on BannerBlock { text } } }
}`;

interface PublicPage {
  page: { variant: string | null; experimentSplit: number | null; blocks: { text?: string }[] } | null;
}

test('a marketer starts an A/B test, reads views and add-to-carts per version, and stops it keeping b', async ({
  page,
  context,
}) => {
  const token = await signInToStudio(context, ['MARKETER']);
  const handle = `ab-journey-${randomBytes(4).toString('hex')}`;
  const created = await staffGraphql<{ pageCreate: { page: { id: string } | null } }>(token, PAGE_CREATE, {
    input: { handle, title: 'A/B journey', blocks: [{ type: 'BannerBlock', data: { text: 'Version A banner' } }] },
  });
  const pageId = created.pageCreate.page!.id;
  await staffGraphql(token, PAGE_PUBLISH, { id: pageId });

  await page.goto(`/studio/pages/${handle}`);
  const panel = page.getByRole('region', { name: 'A/B test' });
  await panel.getByRole('button', { name: 'Set up an A/B test' }).click();
  await panel.getByLabel('Shoppers who see version b').selectOption('30');
  const versionB = panel.getByRole('list', { name: 'Version b blocks' });
  // Version b starts as a copy of the page's blocks.
  await expect(versionB.getByLabel('Text', { exact: true })).toHaveValue('Version A banner');
  await versionB.getByLabel('Text', { exact: true }).fill('Version B banner');
  expect(
    (await new AxeBuilder({ page }).include('main').analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id),
  ).toEqual([]);
  await panel.getByRole('button', { name: 'Start the A/B test' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '30% of shoppers see version b' })).toBeVisible();
  await expect(panel.getByRole('table', { name: 'Results so far' })).toBeVisible();

  const publicB = await graphql<PublicPage>(PUBLIC_PAGE, { handle, variant: 'b' });
  expect(publicB.page).toMatchObject({ variant: 'b', experimentSplit: 30, blocks: [{ text: 'Version B banner' }] });

  for (const [variant, event] of [
    ['b', 'VIEW'],
    ['b', 'VIEW'],
    ['b', 'ADD_TO_CART'],
    ['a', 'VIEW'],
  ] as const) {
    expect(
      (await graphql<{ pageExperimentRecord: boolean }>(RECORD, { id: pageId, variant, event })).pageExperimentRecord,
    ).toBe(true);
  }
  await panel.getByRole('button', { name: 'Refresh counts' }).click();
  const rowB = panel.getByRole('row', { name: /Version b/ });
  await expect(rowB.getByRole('cell')).toHaveText(['2', '1', '50.0%']);
  await expect(panel.getByRole('row', { name: /Version a/ }).getByRole('cell')).toHaveText(['1', '0', '0.0%']);

  await panel.getByRole('button', { name: 'Stop and keep version b' }).click();
  await expect(panel.getByRole('table', { name: 'Last test (stopped, kept version b)' })).toBeVisible();
  const after = await graphql<PublicPage>(PUBLIC_PAGE, { handle });
  expect(after.page).toMatchObject({ variant: null, experimentSplit: null, blocks: [{ text: 'Version B banner' }] });
});
