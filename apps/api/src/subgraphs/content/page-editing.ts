import type { Db } from '../../platform/db/client.js';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { idOfType } from '../../platform/graphql/global-id.js';
import { recordInvalidation } from '../../platform/outbox/index.js';
import type { PageInput } from './generated/resolvers-types.js';
import { checkHandle, checkPageInput } from './page-input.js';
import { draftView, type PageView } from './page-view.js';
import { deleteLocked, publishLocked, scheduleLocked, unpublishLocked } from './publishing.js';
import * as repository from './repository.js';
import { pageTags } from './rules.js';
import type { PageRow } from './tables.js';
import { Refusal, pageNotFound, userError, type ContentUserError } from './user-errors.js';

export interface PagePayload {
  page: PageView | null;
  userErrors: ContentUserError[];
}

const refused = (...userErrors: ContentUserError[]): PagePayload => ({ page: null, userErrors });
const handleTaken = () => userError('TAKEN', 'Another page has this handle.', ['input', 'handle']);

/** True for PostgreSQL's unique violation of the handle index (two writers racing for a handle). */
function isHandleConflict(error: unknown): boolean {
  for (let cause = error as { code?: string; constraint_name?: string; cause?: unknown } | undefined; cause;) {
    if (cause.code === '23505' && cause.constraint_name === 'pages_handle_key') return true;
    cause = cause.cause as typeof cause;
  }
  return false;
}

/**
 * Runs `change` on the locked page named by `globalId` in one transaction; user errors thrown as
 * a Refusal roll it back. Missing and foreign ids are NOT_FOUND.
 */
export async function changePage(
  db: Db,
  globalId: string,
  change: (tx: DbExecutor, row: PageRow) => Promise<PageRow | null>,
  handleField: string[] = ['input', 'handle'],
): Promise<PagePayload> {
  const id = idOfType(globalId, 'Page');
  if (id === null) return refused(pageNotFound());
  try {
    return await db.transaction(async (tx) => {
      const row = await repository.lockPage(tx, id);
      if (!row) throw new Refusal([pageNotFound()]);
      const changed = await change(tx, row);
      return { page: changed ? draftView(changed) : null, userErrors: [] };
    });
  } catch (error) {
    if (error instanceof Refusal) return refused(...error.errors);
    if (isHandleConflict(error)) return refused({ ...handleTaken(), field: handleField });
    throw error;
  }
}

export async function createPage(db: Db, staffId: number, input: PageInput): Promise<PagePayload> {
  const { value, errors } = checkPageInput(input, true);
  if (errors.length > 0) return refused(...errors);
  try {
    const row = await db.transaction((tx) =>
      repository.insertPage(tx, {
        handle: value.handle!,
        title: value.title!,
        seo: value.seo ?? { title: null, description: null },
        blocks: value.blocks ?? [],
        updatedByStaffId: staffId,
      }),
    );
    return row ? { page: draftView(row), userErrors: [] } : refused(handleTaken());
  } catch (error) {
    if (isHandleConflict(error)) return refused(handleTaken());
    throw error;
  }
}

/**
 * Changes the draft. A new handle takes effect at once (the URL is the page's name, not a
 * version of its content), so a live page moved to a new handle is invalidated under both.
 */
export async function updatePage(db: Db, staffId: number, globalId: string, input: PageInput): Promise<PagePayload> {
  const { value, errors } = checkPageInput(input, false);
  if (errors.length > 0) return refused(...errors);
  return changePage(db, globalId, async (tx, row) => {
    const newHandle = value.handle && value.handle !== row.handle ? value.handle : null;
    if (newHandle && (await repository.isHandleTaken(tx, newHandle, row.id))) throw new Refusal([handleTaken()]);
    const liveMoves = newHandle !== null && row.liveBlocks !== null;
    const updated = await repository.updatePage(tx, row.id, {
      ...value,
      ...(liveMoves ? { liveHandle: newHandle } : {}),
      updatedByStaffId: staffId,
    });
    if (liveMoves) {
      await recordInvalidation(tx, pageTags(row.id, [row.handle, row.liveHandle, newHandle]), `page ${row.id} moved`);
    }
    return updated;
  });
}

/** Publishes now, or schedules for `publishAt` (which must be in the future). */
export async function publishPage(
  db: Db,
  staffId: number,
  globalId: string,
  publishAt: Date | null,
  now: Date,
): Promise<PagePayload> {
  if (publishAt && publishAt.getTime() <= now.getTime()) {
    return refused(userError('IN_THE_PAST', 'Pick a time in the future, or publish now.', ['publishAt']));
  }
  return changePage(db, globalId, (tx, row) =>
    publishAt ? scheduleLocked(tx, row, publishAt, staffId) : publishLocked(tx, row, staffId),
  );
}

export const unpublishPage = (db: Db, staffId: number, globalId: string) =>
  changePage(db, globalId, (tx, row) => unpublishLocked(tx, row, staffId));

export const deletePage = (db: Db, globalId: string) =>
  changePage(db, globalId, async (tx, row) => {
    await deleteLocked(tx, row);
    return null;
  });

/** A new draft with the page's draft content under `handle`. */
export async function duplicatePage(db: Db, staffId: number, globalId: string, handle: string): Promise<PagePayload> {
  const invalid = checkHandle(handle, ['handle']);
  if (invalid) return refused(invalid);
  return changePage(
    db,
    globalId,
    async (tx, row) => {
      const copy = await repository.insertPage(tx, {
        handle,
        title: row.title,
        seo: row.seo,
        blocks: row.blocks,
        updatedByStaffId: staffId,
      });
      if (!copy) throw new Refusal([userError('TAKEN', 'Another page has this handle.', ['handle'])]);
      return copy;
    },
    ['handle'],
  );
}

/** Replaces the draft with a revision of the same page; publishing makes it live. */
export async function restoreRevision(
  db: Db,
  staffId: number,
  globalId: string,
  revisionGlobalId: string,
): Promise<PagePayload> {
  const revisionId = idOfType(revisionGlobalId, 'PageRevision', 'revisionId');
  return changePage(db, globalId, async (tx, row) => {
    const revision = revisionId === null ? null : await repository.findRevision(tx, revisionId);
    if (!revision || revision.pageId !== row.id) {
      throw new Refusal([userError('NOT_FOUND', 'This page has no such revision.', ['revisionId'])]);
    }
    return repository.updatePage(tx, row.id, {
      title: revision.title,
      seo: revision.seo,
      blocks: revision.blocks,
      updatedByStaffId: staffId,
    });
  });
}
