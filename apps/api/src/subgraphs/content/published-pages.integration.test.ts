import { describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { contentClient, uniqueHandle } from './content-test-api.js';

// The storefront's sitemap lists published pages without a staff token: `publishedPages` is public,
// and shows live pages only (handle and publish date), never a draft.
const api = useTestStack();
const client = contentClient(api);

interface Listed {
  publishedPages: {
    nodes: { handle: string; publishedAt: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function listAll(): Promise<string[]> {
  const handles: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const response: { data?: Listed; errors?: unknown[] } = await client.as<Listed>(
      null,
      `query ($after: String) { publishedPages(first: 100, after: $after) { nodes { handle publishedAt } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const page: Listed['publishedPages'] = response.data!.publishedPages;
    handles.push(...page.nodes.map((node) => node.handle));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return handles;
}

describe('publishedPages', () => {
  it('lists live pages for anyone, never drafts or unpublished pages', async () => {
    const live = await client.createPage({ handle: uniqueHandle('listed'), title: 'Listed' });
    await client.publish(live.id);
    const draft = await client.createPage({ handle: uniqueHandle('unlisted'), title: 'Draft' });
    const gone = await client.createPage({ handle: uniqueHandle('gone'), title: 'Gone' });
    await client.publish(gone.id);
    await client.mutate('pageUnpublish', '$id: ID!', { id: gone.id });

    const handles = await listAll();
    expect(handles).toContain(live.handle);
    expect(handles).not.toContain(draft.handle);
    expect(handles).not.toContain(gone.handle);
  });

  it('keeps listing a live page while its next version is scheduled', async () => {
    const live = await client.createPage({ handle: uniqueHandle('listed-next'), title: 'Live' });
    await client.publish(live.id);
    await client.publish(live.id, new Date(Date.now() + 3_600_000).toISOString());
    expect(await listAll()).toContain(live.handle);
  });

  it('caps the page size and refuses a malformed cursor with BAD_USER_INPUT, not a 500', async () => {
    const response = await client.as(null, `{ publishedPages(first: 5, after: "nonsense") { nodes { handle } } }`);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
