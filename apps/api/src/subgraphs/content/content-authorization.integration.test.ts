import { describe, expect, it } from 'vitest';
import { graphql, useTestStack } from '../../test/stack.js';
import { ensureDevStaff } from '../customers/index.js';
import {
  CUSTOMER,
  MARKETER,
  PAGE_FIELDS,
  codes,
  contentClient,
  staff,
  uniqueHandle,
  type PageShape,
} from './content-test-api.js';

// Who may write and who may read what: every staff mutation refuses anonymous callers
// (UNAUTHENTICATED), customers and staff without MARKETER/ADMIN (FORBIDDEN), never with a 500;
// a draft is invisible to the public by handle, by preview and by node id.
const api = useTestStack();
const client = contentClient(api);

const WRITES: Array<[string, string, Record<string, unknown>]> = [
  ['pageCreate', '$input: PageInput!', { input: { handle: 'x-attack', title: 'x' } }],
  ['pageUpdate', '$id: ID!, $input: PageInput!', { id: 'gid://shop/Page/1', input: { title: 'x' } }],
  ['pagePublish', '$id: ID!', { id: 'gid://shop/Page/1' }],
  ['pageUnpublish', '$id: ID!', { id: 'gid://shop/Page/1' }],
  ['pageDelete', '$id: ID!', { id: 'gid://shop/Page/1' }],
  ['pageDuplicate', '$id: ID!, $handle: String!', { id: 'gid://shop/Page/1', handle: 'x-copy' }],
  [
    'pageRevisionRestore',
    '$id: ID!, $revisionId: ID!',
    { id: 'gid://shop/Page/1', revisionId: 'gid://shop/PageRevision/1' },
  ],
  [
    'pageExperimentStart',
    '$id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!',
    { id: 'gid://shop/Page/1', blocks: [], splitPercent: 50 },
  ],
  ['pageExperimentStop', '$id: ID!, $winner: String!', { id: 'gid://shop/Page/1', winner: 'b' }],
];

function writeQuery(name: string, args: string) {
  const list = args
    .split(',')
    .map((part) => part.trim().split(':')[0]!.slice(1))
    .map((arg) => `${arg}: $${arg}`)
    .join(', ');
  return `mutation(${args}) { ${name}(${list}) { page { id } userErrors { code } } }`;
}

async function draftPage(): Promise<PageShape> {
  return client.createPage({
    handle: uniqueHandle('secret-draft'),
    title: 'Secret launch',
    blocks: [{ type: 'BannerBlock', data: { text: 'Not yet!' } }],
  });
}

describe('content writes', () => {
  it('refuses anonymous callers, customers and MERCHANDISER-only staff on every staff mutation', async () => {
    const callers = [
      [null, 'UNAUTHENTICATED'],
      [CUSTOMER, 'FORBIDDEN'],
      [staff('MERCHANDISER'), 'FORBIDDEN'],
    ] as const;
    for (const [name, args, variables] of [
      ...WRITES,
      ['menuUpdate', '$handle: String!, $items: [MenuItemInput!]!', { handle: 'main', items: [] }] as const,
    ]) {
      const query =
        name === 'menuUpdate'
          ? 'mutation($handle: String!, $items: [MenuItemInput!]!) { menuUpdate(handle: $handle, items: $items) { menu { handle } } }'
          : writeQuery(name, args);
      for (const [identity, code] of callers) {
        const response = await client.as(identity, query, variables);
        expect(response.status, `${name} as ${code}`).toBe(200);
        expect(codes(response), `${name} as ${JSON.stringify(identity)}`).toEqual([code]);
      }
    }
  });

  it('refuses a shopper signed in through the gateway (a customer token is no staff token)', async () => {
    const response = await graphql(api.gateway, writeQuery('pageCreate', '$input: PageInput!'), {
      input: { handle: uniqueHandle('shopper'), title: 'x' },
    });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets MARKETER and ADMIN staff write', async () => {
    for (const identity of [MARKETER, staff('ADMIN')]) {
      const response = await client.as<{ pageCreate: { page: { id: string } | null } }>(
        identity,
        writeQuery('pageCreate', '$input: PageInput!'),
        { input: { handle: uniqueHandle('writer'), title: 'Mine' } },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.pageCreate.page?.id).toMatch(/^gid:\/\/shop\/Page\/\d+$/);
    }
  });
});

describe('content reads', () => {
  it('answers null for a draft by handle, even with preview: true, unless a content editor asks', async () => {
    const draft = await draftPage();
    const query = `query($handle: String!, $preview: Boolean) { page(handle: $handle, preview: $preview) { ${PAGE_FIELDS} } }`;
    for (const identity of [null, CUSTOMER, staff('MERCHANDISER')]) {
      for (const preview of [false, true]) {
        const response = await client.as<{ page: PageShape | null }>(identity, query, {
          handle: draft.handle,
          preview,
        });
        expect(response.errors).toBeUndefined();
        expect(response.data!.page).toBeNull();
      }
    }
    const viaGateway = await graphql<{ page: PageShape | null }>(api.gateway, query, {
      handle: draft.handle,
      preview: true,
    });
    expect(viaGateway.data!.page).toBeNull();
    const editor = await client.as<{ page: PageShape | null }>(MARKETER, query, {
      handle: draft.handle,
      preview: true,
    });
    expect(editor.data!.page?.blocks).toEqual([
      { __typename: 'BannerBlock', text: 'Not yet!', url: null, tone: 'INFO' },
    ]);
  });

  it('shows the public the published version only, never the newer draft, and no staff-only fields', async () => {
    const page = await draftPage();
    await client.publish(page.id);
    await client.mutate('pageUpdate', '$id: ID!, $input: PageInput!', {
      id: page.id,
      input: { title: 'Leaked title', blocks: [{ type: 'BannerBlock', data: { text: 'Leaked draft' } }] },
    });
    const query = `query($handle: String!) { page(handle: $handle, preview: true) { ${PAGE_FIELDS} revisions { id } experiment { status } } }`;
    const publicView = await graphql<{ page: PageShape & { revisions: unknown[]; experiment: unknown } }>(
      api.gateway,
      query,
      { handle: page.handle },
    );
    expect(publicView.errors).toBeUndefined();
    expect(publicView.data!.page).toMatchObject({
      title: 'Secret launch',
      blocks: [{ text: 'Not yet!' }],
      publishAt: null,
      updatedBy: null,
      hasUnpublishedChanges: false,
      revisions: [],
      experiment: null,
    });
    const editor = await client.as<{ page: PageShape & { revisions: unknown[] } }>(MARKETER, query, {
      handle: page.handle,
    });
    expect(editor.data!.page).toMatchObject({ title: 'Leaked title', hasUnpublishedChanges: true });
    expect(editor.data!.page.revisions).toHaveLength(1);
  });

  // What the public sees of a live page says nothing of the draft behind it: not that a next
  // version is SCHEDULED, not when the draft was last edited (the sitemap's lastmod is this too).
  it('shows the public a live page as PUBLISHED at its last publish, whatever its draft and schedule', async () => {
    const page = await draftPage();
    await client.publish(page.id);
    const QUERY = `query($handle: String!) { page(handle: $handle) { status updatedAt } }`;
    const before = await graphql<{ page: { status: string; updatedAt: string } }>(api.gateway, QUERY, {
      handle: page.handle,
    });
    expect(before.data!.page.status).toBe('PUBLISHED');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await client.mutate('pageUpdate', '$id: ID!, $input: PageInput!', { id: page.id, input: { title: 'Next' } });
    await client.publish(page.id, new Date(Date.now() + 3_600_000).toISOString());
    const after = await graphql<{ page: { status: string; updatedAt: string } }>(api.gateway, QUERY, {
      handle: page.handle,
    });
    expect(after.data!.page).toEqual(before.data!.page);
    const editor = await client.as<{ page: { status: string; updatedAt: string } }>(
      MARKETER,
      `query($handle: String!) { page(handle: $handle, preview: true) { status updatedAt } }`,
      { handle: page.handle },
    );
    expect(editor.data!.page.status).toBe('SCHEDULED');
    expect(Date.parse(editor.data!.page.updatedAt)).toBeGreaterThan(Date.parse(before.data!.page.updatedAt));
  });

  it('answers null for a draft by node id through the gateway, and the page for staff', async () => {
    const draft = await draftPage();
    const query = `query($id: ID!) { node(id: $id) { id ... on Page { handle title } } }`;
    const anonymous = await graphql<{ node: unknown }>(api.gateway, query, { id: draft.id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.node).toBeNull();

    const admin = await ensureDevStaff(api.stack.database.db, `${uniqueHandle('content-admin')}@example.com`);
    const signIn = await graphql<{ staffAccessTokenCreate: { staffAccessToken: { accessToken: string } } }>(
      api.gateway,
      `
        mutation ($input: StaffAccessTokenCreateInput!) {
          staffAccessTokenCreate(input: $input) {
            staffAccessToken {
              accessToken
            }
          }
        }
      `,
      { input: { email: admin.email, password: admin.password } },
    );
    const token = signIn.data!.staffAccessTokenCreate.staffAccessToken.accessToken;
    const asAdmin = await graphql<{ node: { id: string; handle: string } | null }>(
      api.gateway,
      query,
      { id: draft.id },
      { authorization: `Bearer ${token}` },
    );
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data!.node).toEqual({ id: draft.id, handle: draft.handle, title: 'Secret launch' });

    await client.publish(draft.id);
    const published = await graphql<{ node: unknown }>(api.gateway, query, { id: draft.id });
    expect(published.data!.node).toEqual({ id: draft.id, handle: draft.handle, title: 'Secret launch' });
  });

  it('lists pages only for content editors', async () => {
    const query = `{ pages(first: 5) { nodes { id status } pageInfo { hasNextPage } } }`;
    expect(codes(await client.as(null, query))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await client.as(CUSTOMER, query))).toEqual(['FORBIDDEN']);
    expect(codes(await client.as(staff('MERCHANDISER'), query))).toEqual(['FORBIDDEN']);
    const listed = await client.as<{ pages: { nodes: unknown[] } }>(MARKETER, query);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.pages.nodes.length).toBeGreaterThan(0);
  });

  it('answers malformed ids with BAD_USER_INPUT and odd handles with null, never a 500', async () => {
    const bad = await client.as(MARKETER, writeQuery('pagePublish', '$id: ID!'), { id: 'not-a-gid' });
    expect(bad.status).toBe(200);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const foreign = await client.as<{ pagePublish: { userErrors: Array<{ code: string }> } }>(
      MARKETER,
      writeQuery('pagePublish', '$id: ID!'),
      { id: 'gid://shop/Product/1' },
    );
    expect(foreign.data!.pagePublish.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    for (const handle of ['../etc/passwd', 'x'.repeat(5000), "home' or 1=1--", '']) {
      const response = await graphql<{ page: unknown }>(
        api.gateway,
        `
          query ($h: String!) {
            page(handle: $h) {
              id
            }
          }
        `,
        {
          h: handle,
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.page).toBeNull();
    }
  });
});
