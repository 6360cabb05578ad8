import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../platform/db/client.js';
import { cacheInvalidations } from '../../platform/outbox/tables.js';
import { findQueuedJobs } from '../../platform/queue/queued-jobs.js';
import type { TaskContext } from '../../worker/task-context.js';
import { countStatements, graphql, startTestStack, useTestStack } from '../../test/stack.js';
import { findDemoContentRefs } from '../catalog/index.js';
import { MARKETER, PAGE_FIELDS, contentClient, uniqueHandle, type PageShape } from './content-test-api.js';
import { publishLocked } from './publishing.js';
import { lockPage } from './repository.js';
import { contentTasks } from './tasks.js';

// Publishing and its side effects: revisions, the live copy, schedules through the queue, the
// outbox row written in the same transaction as each public change, and A/B tests.
const api = useTestStack();
const client = contentClient(api);
const database = connectDatabase(inject('databaseUrl'), { max: 4 });
const db = database.db;
afterAll(() => database.close());

let refs: Awaited<ReturnType<typeof findDemoContentRefs>>;
beforeAll(async () => {
  refs = await findDemoContentRefs(db, 12);
});

const numericId = (gid: string) => Number(gid.split('/').pop());

/** Outbox rows naming the page, oldest first. */
async function invalidationsOf(pageGid: string) {
  const rows = await db
    .select({ tags: cacheInvalidations.tags, reason: cacheInvalidations.reason })
    .from(cacheInvalidations)
    .where(sql`${cacheInvalidations.tags} @> array[${`page:${numericId(pageGid)}`}]::text[]`)
    .orderBy(cacheInvalidations.id);
  return rows;
}

const PUBLIC_PAGE = `query($handle: String!, $variant: String) { page(handle: $handle, variant: $variant) { ${PAGE_FIELDS} } }`;
async function publicPage(handle: string, variant?: string) {
  const response = await graphql<{ page: PageShape | null }>(api.gateway, PUBLIC_PAGE, { handle, variant });
  expect(response.errors).toBeUndefined();
  return response.data!.page;
}

const banner = (text: string) => ({ type: 'BannerBlock', data: { text } });
const REVISIONS = `query($handle: String!) { page(handle: $handle, preview: true) { revisions { id number title publishedBy blocks { type data } } } }`;
async function revisionsOf(handle: string) {
  const response = await client.as<{
    page: { revisions: Array<{ id: string; number: number; title: string; blocks: unknown[] }> };
  }>(MARKETER, REVISIONS, { handle });
  return response.data!.page.revisions;
}

function taskContext(now: Date): TaskContext {
  const log = { info: () => {}, warn: () => {}, error: () => {} };
  return { db, now: () => now, log, job: { id: '1', attempts: 1, maxAttempts: 25 } } as unknown as TaskContext;
}

describe('publishing', () => {
  it('publishes the draft with a revision and an outbox row, and keeps later drafts private', async () => {
    const handle = uniqueHandle('launch');
    const page = await client.createPage({ handle, title: 'Launch', blocks: [banner('v1')] });
    expect(await invalidationsOf(page.id)).toEqual([]);
    const published = await client.publish(page.id);
    expect(published.page).toMatchObject({ status: 'PUBLISHED', hasUnpublishedChanges: false });
    expect(published.page!.publishedAt).not.toBeNull();
    expect(await invalidationsOf(page.id)).toEqual([
      // `sitemap`: the storefront's sitemap lists live pages (cached an hour at the edge).
      {
        tags: [`page:${numericId(page.id)}`, `page-handle:${handle}`, 'sitemap'],
        reason: `page ${numericId(page.id)} published`,
      },
    ]);
    expect((await publicPage(handle))!.blocks).toEqual([
      { __typename: 'BannerBlock', text: 'v1', url: null, tone: 'INFO' },
    ]);

    // A draft edit changes nothing public and invalidates nothing.
    await client.mutate('pageUpdate', '$id: ID!, $input: PageInput!', {
      id: page.id,
      input: { blocks: [banner('v2')] },
    });
    expect((await publicPage(handle))!.blocks[0]).toMatchObject({ text: 'v1' });
    expect(await invalidationsOf(page.id)).toHaveLength(1);

    await client.publish(page.id);
    expect((await publicPage(handle))!.blocks[0]).toMatchObject({ text: 'v2' });
    expect((await revisionsOf(handle)).map((revision) => revision.number)).toEqual([2, 1]);
    expect(await invalidationsOf(page.id)).toHaveLength(2);
  });

  it('tags the home page page:home, and a live page moved to a new handle under both handles', async () => {
    const handle = uniqueHandle('moving');
    const page = await client.createPage({ handle, title: 'Moving' });
    await client.publish(page.id);
    const moved = uniqueHandle('moved');
    await client.mutate('pageUpdate', '$id: ID!, $input: PageInput!', { id: page.id, input: { handle: moved } });
    const last = (await invalidationsOf(page.id)).at(-1)!;
    expect(last.tags.sort()).toEqual(
      [`page-handle:${handle}`, `page-handle:${moved}`, `page:${numericId(page.id)}`, 'sitemap'].sort(),
    );
    expect(await publicPage(handle)).toBeNull();
    expect((await publicPage(moved))!.id).toBe(page.id);
    // The seeded home page (if the stack seeded it elsewhere) is not touched here: check the rule on a fresh id.
    const { pageTags } = await import('./rules.js');
    expect(pageTags(7, ['home'])).toEqual(['page:7', 'page-handle:home', 'page:home', 'sitemap']);
  });

  it('rolls the outbox row back with the publish: no row, no revision, still a draft', async () => {
    const handle = uniqueHandle('rollback');
    const page = await client.createPage({ handle, title: 'Rollback', blocks: [banner('x')] });
    await expect(
      db.transaction(async (tx) => {
        const row = await lockPage(tx, numericId(page.id));
        await publishLocked(tx, row!, 1);
        throw new Error('fail after the publish');
      }),
    ).rejects.toThrow('fail after the publish');
    expect(await invalidationsOf(page.id)).toEqual([]);
    expect(await revisionsOf(handle)).toEqual([]);
    expect(await publicPage(handle)).toBeNull();
  });

  it('unpublishes (taking the page off, keeping the draft) and deletes, each with an outbox row', async () => {
    const handle = uniqueHandle('short-lived');
    const page = await client.createPage({ handle, title: 'Short-lived', blocks: [banner('x')] });
    await client.publish(page.id);
    const off = await client.mutate('pageUnpublish', '$id: ID!', { id: page.id });
    expect(off.page).toMatchObject({ status: 'DRAFT', blocks: [{ text: 'x' }] });
    expect(await publicPage(handle)).toBeNull();
    expect((await invalidationsOf(page.id)).map((row) => row.reason)).toEqual([
      `page ${numericId(page.id)} published`,
      `page ${numericId(page.id)} unpublished`,
    ]);
    const deleted = await client.mutate('pageDelete', '$id: ID!', { id: page.id });
    expect(deleted).toEqual({ page: null, userErrors: [] });
    expect((await invalidationsOf(page.id)).at(-1)!.reason).toBe(`page ${numericId(page.id)} deleted`);
    const again = await client.mutate('pageDelete', '$id: ID!', { id: page.id });
    expect(again.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('restores a revision into the draft and duplicates a page under a new handle', async () => {
    const handle = uniqueHandle('history');
    const page = await client.createPage({ handle, title: 'First title', blocks: [banner('first')] });
    await client.publish(page.id);
    await client.mutate('pageUpdate', '$id: ID!, $input: PageInput!', {
      id: page.id,
      input: { title: 'Second title', blocks: [banner('second')] },
    });
    await client.publish(page.id);
    const [second, first] = await revisionsOf(handle);
    expect(second).toMatchObject({ number: 2, title: 'Second title', blocks: [{ type: 'BannerBlock' }] });
    const restored = await client.mutate('pageRevisionRestore', '$id: ID!, $revisionId: ID!', {
      id: page.id,
      revisionId: first!.id,
    });
    expect(restored.page).toMatchObject({
      title: 'First title',
      blocks: [{ text: 'first' }],
      hasUnpublishedChanges: true,
    });
    expect((await publicPage(handle))!.blocks[0]).toMatchObject({ text: 'second' });

    const other = await client.createPage({ handle: uniqueHandle('other'), title: 'Other' });
    const foreign = await client.mutate('pageRevisionRestore', '$id: ID!, $revisionId: ID!', {
      id: other.id,
      revisionId: first!.id,
    });
    expect(foreign.userErrors.map((error) => `${error.field}:${error.code}`)).toEqual(['revisionId:NOT_FOUND']);

    const copyHandle = uniqueHandle('copy');
    const copy = await client.mutate('pageDuplicate', '$id: ID!, $handle: String!', {
      id: page.id,
      handle: copyHandle,
    });
    expect(copy.page).toMatchObject({ handle: copyHandle, status: 'DRAFT', title: 'First title' });
    expect(copy.page!.id).not.toBe(page.id);
    const taken = await client.mutate('pageDuplicate', '$id: ID!, $handle: String!', {
      id: page.id,
      handle: copyHandle,
    });
    expect(taken.userErrors.map((error) => `${error.field}:${error.code}`)).toEqual(['handle:TAKEN']);
  });
});

describe('scheduled publishing', () => {
  it('refuses a time in the past with IN_THE_PAST', async () => {
    const page = await client.createPage({ handle: uniqueHandle('past'), title: 'Past' });
    const payload = await client.publish(page.id, new Date(Date.now() - 1000).toISOString());
    expect(payload.userErrors.map((error) => `${error.field}:${error.code}`)).toEqual(['publishAt:IN_THE_PAST']);
  });

  it('queues one job per page at publishAt; the task publishes once when due, and not after an unpublish', async () => {
    const handle = uniqueHandle('scheduled');
    const page = await client.createPage({ handle, title: 'Scheduled', blocks: [banner('soon')] });
    const key = `content.publish-page:${numericId(page.id)}`;
    const first = new Date(Date.now() + 3_600_000);
    const later = new Date(Date.now() + 7_200_000);
    const scheduled = await client.publish(page.id, first.toISOString());
    expect(scheduled.page).toMatchObject({ status: 'SCHEDULED', publishAt: first.toISOString() });
    await client.publish(page.id, later.toISOString());
    const jobs = await findQueuedJobs(db, { key });
    expect(jobs.map((job) => [job.task, job.runAt.toISOString(), job.payload])).toEqual([
      ['content.publish-page', later.toISOString(), { pageId: numericId(page.id) }],
    ]);
    expect(await publicPage(handle)).toBeNull();

    const run = contentTasks['content.publish-page'];
    // Early (a skewed clock): nothing published, the job put back at the page's time.
    await run({ pageId: numericId(page.id) }, taskContext(new Date(later.getTime() - 1000)));
    expect(await publicPage(handle)).toBeNull();
    expect((await findQueuedJobs(db, { key })).map((job) => job.runAt.toISOString())).toEqual([later.toISOString()]);

    await run({ pageId: numericId(page.id) }, taskContext(later));
    await run({ pageId: numericId(page.id) }, taskContext(later));
    expect((await publicPage(handle))!.status).toBe('PUBLISHED');
    expect(await revisionsOf(handle)).toHaveLength(1);
    expect((await invalidationsOf(page.id)).map((row) => row.reason)).toEqual([`page ${numericId(page.id)} published`]);

    // Scheduled, then unpublished: the job is removed, and a stray run does nothing.
    const other = await client.createPage({ handle: uniqueHandle('cancelled'), title: 'Cancelled' });
    const otherKey = `content.publish-page:${numericId(other.id)}`;
    await client.publish(other.id, later.toISOString());
    expect(await findQueuedJobs(db, { key: otherKey })).toHaveLength(1);
    await client.mutate('pageUnpublish', '$id: ID!', { id: other.id });
    expect(await findQueuedJobs(db, { key: otherKey })).toEqual([]);
    await run({ pageId: numericId(other.id) }, taskContext(later));
    expect(await publicPage(other.handle)).toBeNull();
  });

  it('keeps a live page live while its next version waits for its time', async () => {
    const handle = uniqueHandle('live-then-scheduled');
    const page = await client.createPage({ handle, title: 'Live', blocks: [banner('now')] });
    await client.publish(page.id);
    await client.mutate('pageUpdate', '$id: ID!, $input: PageInput!', {
      id: page.id,
      input: { blocks: [banner('next')] },
    });
    await client.publish(page.id, new Date(Date.now() + 3_600_000).toISOString());
    expect((await publicPage(handle))!.blocks[0]).toMatchObject({ text: 'now' });
  });
});

describe('experiments', () => {
  const RECORD = `mutation($id: ID!, $variant: String!, $event: PageExperimentEvent!) { pageExperimentRecord(id: $id, variant: $variant, event: $event) }`;
  const record = async (id: string, variant: string, event = 'VIEW') => {
    const response = await graphql<{ pageExperimentRecord: boolean }>(api.gateway, RECORD, { id, variant, event });
    expect(response.errors).toBeUndefined();
    return response.data!.pageExperimentRecord;
  };

  it('serves version b by name while running, counts events, and keeps the winner when stopped', async () => {
    const handle = uniqueHandle('ab');
    const page = await client.createPage({ handle, title: 'A/B', blocks: [banner('a')] });
    const notLive = await client.mutate(
      'pageExperimentStart',
      '$id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!',
      {
        id: page.id,
        blocks: [banner('b')],
        splitPercent: 30,
      },
    );
    expect(notLive.userErrors.map((error) => error.code)).toEqual(['INVALID']);
    await client.publish(page.id);
    expect(await record(page.id, 'a')).toBe(false);

    const badSplit = await client.mutate(
      'pageExperimentStart',
      '$id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!',
      {
        id: page.id,
        blocks: [banner('b')],
        splitPercent: 35,
      },
    );
    expect(badSplit.userErrors.map((error) => `${error.field}:${error.code}`)).toEqual(['splitPercent:INVALID']);
    const started = await client.mutate(
      'pageExperimentStart',
      '$id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!',
      {
        id: page.id,
        blocks: [banner('b')],
        splitPercent: 30,
      },
    );
    expect(started.userErrors).toEqual([]);
    expect((await invalidationsOf(page.id)).at(-1)!.reason).toBe(`page ${numericId(page.id)} experiment started`);

    expect(await publicPage(handle, 'b')).toMatchObject({ variant: 'b', experimentSplit: 30, blocks: [{ text: 'b' }] });
    expect(await publicPage(handle, 'a')).toMatchObject({ variant: 'a', experimentSplit: 30, blocks: [{ text: 'a' }] });
    expect(await publicPage(handle, 'zzz')).toMatchObject({ variant: 'a', blocks: [{ text: 'a' }] });

    expect(await record(page.id, 'b')).toBe(true);
    expect(await record(page.id, 'b')).toBe(true);
    expect(await record(page.id, 'a', 'ADD_TO_CART')).toBe(true);
    expect(await record(page.id, 'c')).toBe(false);
    expect(await record('gid://shop/Page/999999999', 'a')).toBe(false);
    expect(await record('garbage', 'a')).toBe(false);

    const EXPERIMENT = `query($handle: String!) { page(handle: $handle, preview: true) { experiment { status splitPercent winner versions { key views addsToCart } } } }`;
    const counts = await client.as<{ page: { experiment: unknown } }>(MARKETER, EXPERIMENT, { handle });
    expect(counts.data!.page.experiment).toEqual({
      status: 'RUNNING',
      splitPercent: 30,
      winner: null,
      versions: [
        { key: 'a', views: 0, addsToCart: 1 },
        { key: 'b', views: 2, addsToCart: 0 },
      ],
    });

    const stopped = await client.mutate('pageExperimentStop', '$id: ID!, $winner: String!', {
      id: page.id,
      winner: 'b',
    });
    expect(stopped.userErrors).toEqual([]);
    expect(await publicPage(handle)).toMatchObject({ variant: null, experimentSplit: null, blocks: [{ text: 'b' }] });
    expect(await publicPage(handle, 'a')).toMatchObject({ blocks: [{ text: 'b' }] });
    expect(await revisionsOf(handle)).toHaveLength(2);
    expect(await record(page.id, 'b')).toBe(false);
    const again = await client.mutate('pageExperimentStop', '$id: ID!, $winner: String!', { id: page.id, winner: 'a' });
    expect(again.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  // Taking a page off ends its test (no winner): published again months later, it must not bring
  // back a version b nobody remembers to part of its shoppers.
  it('ends a running test without a winner when the page is unpublished', async () => {
    const handle = uniqueHandle('ab-ends');
    const page = await client.createPage({ handle, title: 'A/B ends', blocks: [banner('a')] });
    await client.publish(page.id);
    await client.mutate('pageExperimentStart', '$id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!', {
      id: page.id,
      blocks: [banner('b')],
      splitPercent: 50,
    });
    await client.mutate('pageUnpublish', '$id: ID!', { id: page.id });
    const EXPERIMENT = `query($handle: String!) { page(handle: $handle, preview: true) { experiment { status winner } } }`;
    const ended = await client.as<{ page: { experiment: unknown } }>(MARKETER, EXPERIMENT, { handle });
    expect(ended.data!.page.experiment).toEqual({ status: 'STOPPED', winner: null });
    await client.publish(page.id);
    expect(await publicPage(handle, 'b')).toMatchObject({
      variant: null,
      experimentSplit: null,
      blocks: [{ text: 'a' }],
    });
  });

  // An unpublished page is not served to anyone, so nobody saw a version of it: no count.
  it('counts nothing for a page under test that is no longer live', async () => {
    const handle = uniqueHandle('ab-off');
    const page = await client.createPage({ handle, title: 'A/B off', blocks: [banner('a')] });
    await client.publish(page.id);
    const started = await client.mutate(
      'pageExperimentStart',
      '$id: ID!, $blocks: [PageBlockInput!]!, $splitPercent: Int!',
      { id: page.id, blocks: [banner('b')], splitPercent: 50 },
    );
    expect(started.userErrors).toEqual([]);
    expect(await record(page.id, 'a')).toBe(true);
    await client.mutate('pageUnpublish', '$id: ID!', { id: page.id });
    expect(await publicPage(handle, 'b')).toBeNull();
    expect(await record(page.id, 'a')).toBe(false);
    expect(await record(page.id, 'b', 'ADD_TO_CART')).toBe(false);
  });
});

describe('query cost', () => {
  const QUERY = `query($handle: String!) { page(handle: $handle) { id blocks {
    __typename
    ... on HeroBlock { image { url(transform: { maxWidth: 800 }) altText } }
    ... on ProductGridBlock { products { id title } }
    ... on CollectionBlock { collection { id title } }
  } } }`;

  async function pageWith(copies: number) {
    const handle = uniqueHandle(`cost-${copies}`);
    const blocks = Array.from({ length: copies }, (_, i) => [
      {
        type: 'HeroBlock',
        data: { heading: 'Hero', imageId: `gid://shop/Image/${refs.products[i % refs.products.length]!.imageId}` },
      },
      {
        type: 'ProductGridBlock',
        data: {
          productIds: refs.products.slice(i % 4, (i % 4) + 3).map((ref) => `gid://shop/Product/${ref.productId}`),
        },
      },
      {
        type: 'CollectionBlock',
        // limit 2: 15 collection blocks stay under a page's 100 products and collections (LIMITS.pageReferences).
        data: { collectionId: `gid://shop/Collection/${refs.collections[i % refs.collections.length]!.id}`, limit: 2 },
      },
    ]).flat();
    const page = await client.createPage({ handle, title: 'Cost', blocks });
    await client.publish(page.id);
    return handle;
  }

  it('costs the same SQL for 45 blocks as for 3 (no N+1), and drops deleted products', async () => {
    const small = await pageWith(1);
    const large = await pageWith(15);
    const run = (handle: string) =>
      countStatements(async () => {
        const response = await graphql<{ page: { blocks: Array<Record<string, unknown>> } }>(api.gateway, QUERY, {
          handle,
        });
        expect(response.errors).toBeUndefined();
        expect(response.data!.page.blocks.length).toBeGreaterThan(0);
      });
    await run(small);
    const few = await run(small);
    const many = await run(large);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);

    // The same pages without batching (DATALOADER=off) cost more for more blocks: the check above can fail.
    const unbatched = await startTestStack({ DATALOADER: 'off' });
    try {
      const url = `${unbatched.url('gateway')}/graphql`;
      const runUnbatched = (pageHandle: string) => countStatements(() => graphql(url, QUERY, { handle: pageHandle }));
      await runUnbatched(small);
      expect(await runUnbatched(large)).toBeGreaterThan(await runUnbatched(small));
    } finally {
      await unbatched.stop();
    }

    // A product or collection that does not exist (deleted) is left out; the page still renders.
    const handle = uniqueHandle('deleted-refs');
    const page = await client.createPage({
      handle,
      title: 'Deleted refs',
      blocks: [
        {
          type: 'ProductGridBlock',
          data: { productIds: ['gid://shop/Product/999999999', `gid://shop/Product/${refs.products[0]!.productId}`] },
        },
        { type: 'CollectionBlock', data: { collectionId: 'gid://shop/Collection/999999999' } },
        { type: 'HeroBlock', data: { heading: 'No image', imageId: 'gid://shop/Image/999999999' } },
      ],
    });
    await client.publish(page.id);
    const response = await graphql<{ page: { blocks: unknown[] } }>(api.gateway, QUERY, { handle });
    expect(response.errors).toBeUndefined();
    expect(response.data!.page.blocks).toEqual([
      {
        __typename: 'ProductGridBlock',
        products: [{ id: `gid://shop/Product/${refs.products[0]!.productId}`, title: expect.any(String) }],
      },
      { __typename: 'CollectionBlock', collection: null },
      { __typename: 'HeroBlock', image: null },
    ]);
  });
});
