import { and, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import {
  menus,
  pageExperiments,
  pageRevisions,
  pages,
  type MenuRow,
  type PageExperimentRow,
  type PageRevisionRow,
  type PageRow,
  type PageStatusValue,
  type StoredBlock,
  type StoredMenuItem,
  type StoredSeo,
} from './tables.js';

// Every statement of the content domain, named. Callers pass a transaction when several must
// commit together (a publish and its revision and outbox row).

export function findPagesByIds(db: DbExecutor, ids: readonly number[]): Promise<PageRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(pages)
    .where(inArray(pages.id, [...ids]));
}

export function findPagesByHandles(db: DbExecutor, handles: readonly string[]): Promise<PageRow[]> {
  if (handles.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(pages)
    .where(inArray(pages.handle, [...handles]));
}

/** The page, locked until the transaction ends: changes to one page happen one at a time. */
export async function lockPage(tx: DbExecutor, id: number): Promise<PageRow | null> {
  const [row] = await tx.select().from(pages).where(eq(pages.id, id)).for('update');
  return row ?? null;
}

/** Pages newest first (by id), after the cursor's id, with one extra row to tell whether more follow. */
export function listPages(
  db: DbExecutor,
  options: { status: PageStatusValue | null; beforeId: number | null; limit: number; liveOnly?: boolean },
): Promise<PageRow[]> {
  return db
    .select()
    .from(pages)
    .where(
      and(
        options.status ? eq(pages.status, options.status) : undefined,
        // Live: published, or published with its next version SCHEDULED.
        options.liveOnly ? isNotNull(pages.liveBlocks) : undefined,
        options.beforeId != null ? lt(pages.id, options.beforeId) : undefined,
      ),
    )
    .orderBy(desc(pages.id))
    .limit(options.limit);
}

export interface NewPage {
  handle: string;
  title: string;
  seo: StoredSeo;
  blocks: StoredBlock[];
  updatedByStaffId: number | null;
}

/** Inserts a draft page; null when the handle is taken. */
export async function insertPage(tx: DbExecutor, page: NewPage): Promise<PageRow | null> {
  const [row] = await tx
    .insert(pages)
    .values({ ...page, status: 'DRAFT' })
    .onConflictDoNothing({ target: pages.handle })
    .returning();
  return row ?? null;
}

export type PageChange = Partial<Omit<PageRow, 'id' | 'updatedAt'>>;

/** Applies a change and stamps updated_at; the caller holds the page's lock. */
export async function updatePage(tx: DbExecutor, id: number, change: PageChange): Promise<PageRow> {
  const [row] = await tx
    .update(pages)
    .set({ ...change, updatedAt: sql`now()` })
    .where(eq(pages.id, id))
    .returning();
  if (!row) throw new Error(`page ${id} vanished under its lock`);
  return row;
}

export async function isHandleTaken(tx: DbExecutor, handle: string, exceptId: number): Promise<boolean> {
  const rows = await tx
    .select({ id: pages.id })
    .from(pages)
    .where(and(eq(pages.handle, handle), sql`${pages.id} <> ${exceptId}`));
  return rows.length > 0;
}

export async function deletePage(tx: DbExecutor, id: number): Promise<void> {
  await tx.delete(pages).where(eq(pages.id, id));
}

/** Writes the next revision of a locked page (numbers count up from 1). */
export async function insertRevision(
  tx: DbExecutor,
  revision: { pageId: number; title: string; seo: StoredSeo; blocks: StoredBlock[]; staffId: number | null },
): Promise<PageRevisionRow> {
  const [row] = await tx
    .insert(pageRevisions)
    .values({
      pageId: revision.pageId,
      number: sql`(select coalesce(max(${pageRevisions.number}), 0) + 1 from ${pageRevisions} where ${pageRevisions.pageId} = ${revision.pageId})`,
      title: revision.title,
      seo: revision.seo,
      blocks: revision.blocks,
      publishedByStaffId: revision.staffId,
    })
    .returning();
  return row!;
}

/** The newest `limit` revisions of each page, newest first, in one statement for every page asked. */
export function findRevisionsByPageIds(
  db: DbExecutor,
  pageIds: readonly number[],
  limit: number,
): Promise<PageRevisionRow[]> {
  if (pageIds.length === 0) return Promise.resolve([]);
  const ranked = db
    .select({
      id: pageRevisions.id,
      rank: sql<number>`row_number() over (partition by ${pageRevisions.pageId} order by ${pageRevisions.number} desc)`.as(
        'rank',
      ),
    })
    .from(pageRevisions)
    .where(inArray(pageRevisions.pageId, [...pageIds]))
    .as('ranked');
  return db
    .select({ revision: pageRevisions })
    .from(pageRevisions)
    .innerJoin(ranked, eq(ranked.id, pageRevisions.id))
    .where(sql`${ranked.rank} <= ${limit}`)
    .orderBy(pageRevisions.pageId, desc(pageRevisions.number))
    .then((rows) => rows.map((row) => row.revision));
}

/** When each page last went live (its newest revision), for the public's `updatedAt`. */
export function findLastPublishedAt(
  db: DbExecutor,
  pageIds: readonly number[],
): Promise<Array<{ pageId: number; publishedAt: Date }>> {
  if (pageIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      pageId: pageRevisions.pageId,
      publishedAt: sql<Date>`max(${pageRevisions.publishedAt})`.mapWith(pageRevisions.publishedAt),
    })
    .from(pageRevisions)
    .where(inArray(pageRevisions.pageId, [...pageIds]))
    .groupBy(pageRevisions.pageId);
}

export async function findRevision(db: DbExecutor, id: number): Promise<PageRevisionRow | null> {
  const [row] = await db.select().from(pageRevisions).where(eq(pageRevisions.id, id));
  return row ?? null;
}

/** True when no page and no menu exists yet (a fresh shop). */
export async function isContentEmpty(db: DbExecutor): Promise<boolean> {
  const [row] = await db.execute<{ empty: boolean }>(
    sql`select not exists (select 1 from ${pages}) and not exists (select 1 from ${menus}) as empty`,
  );
  return row!.empty;
}

export function findMenusByHandles(db: DbExecutor, handles: readonly string[]): Promise<MenuRow[]> {
  if (handles.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(menus)
    .where(inArray(menus.handle, [...handles]));
}

export async function upsertMenu(
  tx: DbExecutor,
  handle: string,
  items: StoredMenuItem[],
  staffId: number | null,
): Promise<MenuRow> {
  const [row] = await tx
    .insert(menus)
    .values({ handle, items, updatedByStaffId: staffId })
    .onConflictDoUpdate({
      target: menus.handle,
      set: { items, updatedByStaffId: staffId, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

export function findExperimentsByPageIds(db: DbExecutor, pageIds: readonly number[]): Promise<PageExperimentRow[]> {
  if (pageIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(pageExperiments)
    .where(inArray(pageExperiments.pageId, [...pageIds]));
}

/** Starts (or restarts, replacing a stopped one) the page's experiment. */
export async function upsertExperiment(
  tx: DbExecutor,
  pageId: number,
  splitPercent: number,
  blocksB: StoredBlock[],
): Promise<PageExperimentRow> {
  const values = {
    status: 'RUNNING' as const,
    splitPercent,
    blocksB,
    startedAt: sql`now()`,
    stoppedAt: null,
    winner: null,
  };
  const [row] = await tx
    .insert(pageExperiments)
    .values({ pageId, ...values })
    .onConflictDoUpdate({ target: pageExperiments.pageId, set: values })
    .returning();
  return row!;
}

export async function stopExperiment(tx: DbExecutor, pageId: number, winner: 'a' | 'b'): Promise<PageExperimentRow> {
  const [row] = await tx
    .update(pageExperiments)
    .set({ status: 'STOPPED', stoppedAt: sql`now()`, winner })
    .where(eq(pageExperiments.pageId, pageId))
    .returning();
  return row!;
}

/** Ends the page's RUNNING experiment without a winner (the page was taken off); nothing else changes. */
export async function endExperiment(tx: DbExecutor, pageId: number): Promise<void> {
  await tx
    .update(pageExperiments)
    .set({ status: 'STOPPED', stoppedAt: sql`now()`, winner: null })
    .where(and(eq(pageExperiments.pageId, pageId), eq(pageExperiments.status, 'RUNNING')));
}

/** Ids of pages with a RUNNING experiment, for the record mutation's check. */
export async function findRunningExperiment(db: DbExecutor, pageId: number): Promise<PageExperimentRow | null> {
  const [row] = await db
    .select()
    .from(pageExperiments)
    .where(and(eq(pageExperiments.pageId, pageId), eq(pageExperiments.status, 'RUNNING')));
  return row ?? null;
}

/** True when the page is live (the public sees it) and under a RUNNING test: only then does a count mean a view. */
export async function isLiveUnderTest(db: DbExecutor, pageId: number): Promise<boolean> {
  const [row] = await db
    .select({ pageId: pageExperiments.pageId })
    .from(pageExperiments)
    .innerJoin(pages, eq(pages.id, pageExperiments.pageId))
    .where(and(eq(pageExperiments.pageId, pageId), eq(pageExperiments.status, 'RUNNING'), isNotNull(pages.liveBlocks)));
  return row !== undefined;
}
