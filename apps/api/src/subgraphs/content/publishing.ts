import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import { enqueueJob, removeJob } from '../../platform/queue/enqueue.js';
import * as repository from './repository.js';
import { pageTags } from './rules.js';
import type { PageRow } from './tables.js';

// Every change to what the public sees of a page happens here, each inside the caller's
// transaction with the page locked, and each records its cache invalidation in that same
// transaction: the edge learns of a change iff it commits.

export const publishJobKey = (pageId: number) => `content.publish-page:${pageId}`;

/** Tags of a page row: its id, and the handles it is and was live under. */
export const tagsOf = (row: PageRow) => pageTags(row.id, [row.liveHandle, row.handle]);

/** Copies the draft to the live copy, writes a revision, cancels any schedule, invalidates. */
export async function publishLocked(tx: DbExecutor, row: PageRow, staffId: number | null): Promise<PageRow> {
  await repository.insertRevision(tx, {
    pageId: row.id,
    title: row.title,
    seo: row.seo,
    blocks: row.blocks,
    staffId,
  });
  const published = await repository.updatePage(tx, row.id, {
    liveTitle: row.title,
    liveSeo: row.seo,
    liveBlocks: row.blocks,
    liveHandle: row.handle,
    status: 'PUBLISHED',
    publishAt: null,
    publishedAt: row.publishedAt ?? new Date(),
    updatedByStaffId: staffId ?? row.updatedByStaffId,
  });
  await removeJob(tx, publishJobKey(row.id));
  await recordInvalidation(tx, tagsOf(row), `page ${row.id} published`);
  return published;
}

/**
 * Schedules the draft to go live at `publishAt` (a job with the page's key, so a new schedule
 * replaces the old one). A live copy stays live until then.
 */
export async function scheduleLocked(tx: DbExecutor, row: PageRow, publishAt: Date, staffId: number): Promise<PageRow> {
  const scheduled = await repository.updatePage(tx, row.id, {
    status: 'SCHEDULED',
    publishAt,
    updatedByStaffId: staffId,
  });
  await enqueueJob(tx, 'content.publish-page', { pageId: row.id }, { runAt: publishAt, jobKey: publishJobKey(row.id) });
  return scheduled;
}

/**
 * Takes the live copy down, cancels a schedule and ends a running A/B test without a winner (a
 * later publish must not bring back a forgotten version b); the draft stays.
 */
export async function unpublishLocked(tx: DbExecutor, row: PageRow, staffId: number): Promise<PageRow> {
  const unpublished = await repository.updatePage(tx, row.id, {
    status: 'DRAFT',
    publishAt: null,
    liveTitle: null,
    liveSeo: null,
    liveBlocks: null,
    liveHandle: null,
    updatedByStaffId: staffId,
  });
  await removeJob(tx, publishJobKey(row.id));
  await repository.endExperiment(tx, row.id);
  await recordInvalidation(tx, tagsOf(row), `page ${row.id} unpublished`);
  return unpublished;
}

export async function deleteLocked(tx: DbExecutor, row: PageRow): Promise<void> {
  await repository.deletePage(tx, row.id);
  await removeJob(tx, publishJobKey(row.id));
  await recordInvalidation(tx, tagsOf(row), `page ${row.id} deleted`);
}

/**
 * The scheduled job: publishes only a page still SCHEDULED whose time has come, so running it
 * twice, after an unpublish or after a re-schedule is harmless. A job that runs early (clock
 * skew) puts itself back at the page's time.
 */
export async function publishIfDue(
  db: DbExecutor,
  pageId: number,
  now: Date,
): Promise<'published' | 'not-due' | 'skipped'> {
  return db.transaction(async (tx) => {
    const row = await repository.lockPage(tx, pageId);
    if (!row || row.status !== 'SCHEDULED' || !row.publishAt) return 'skipped';
    if (row.publishAt.getTime() > now.getTime()) {
      await enqueueJob(tx, 'content.publish-page', { pageId }, { runAt: row.publishAt, jobKey: publishJobKey(pageId) });
      return 'not-due';
    }
    await publishLocked(tx, row, null);
    return 'published';
  });
}
