import {
  decodeCursor,
  encodeCursor,
  pageRequest,
  toConnection,
  type Connection,
} from '../../../platform/graphql/pagination.js';
import type { Db } from '../../../platform/db/client.js';
import { isContentEditor, requireContentEditor } from '../access.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { isValidMenuHandle } from '../menu-items.js';
import { draftView, isLive, liveView, type PageView } from '../page-view.js';
import * as repository from '../repository.js';
import { isValidHandle, pickVariant } from '../rules.js';
import type { PageRow, PageStatusValue } from '../tables.js';

export type PageList = Connection<PageView>;

const isIdCursor = (value: unknown): value is { id: number } =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as { id: unknown }).id);

/** A page of `listPages` (newest first, by id cursor) as a connection of views. */
async function listPageViews(
  db: Db,
  args: { first?: number | null; after?: string | null },
  filter: { status: PageStatusValue | null; liveOnly?: boolean },
  view: (row: PageRow) => PageView,
): Promise<PageList> {
  const request = pageRequest({ first: args.first, after: args.after }, (cursor, argument) =>
    decodeCursor(cursor, argument, isIdCursor),
  );
  const rows = await repository.listPages(db, {
    ...filter,
    beforeId: request.cursor?.id ?? null,
    limit: request.size + 1,
  });
  return toConnection(rows.map(view), request, (page) => encodeCursor({ id: page.row.id }));
}

export const Query = {
  // The public gets the live copy of a live page and nothing else; `preview` shows the draft to
  // content editors only (for anyone else it is ignored: a draft never leaks).
  page: async (_parent, { handle, preview, variant }, { identity, loaders }) => {
    if (!isValidHandle(handle)) return null;
    const row = await loaders.pageByHandle.load(handle);
    if (!row) return null;
    if (preview && isContentEditor(identity)) return draftView(row, pickVariant(variant));
    return isLive(row) ? liveView(row, pickVariant(variant)) : null;
  },
  pages: async (_parent, args, { identity, db }) => {
    requireContentEditor(identity);
    return listPageViews(db, args, { status: args.status ?? null }, (row) => draftView(row));
  },
  // Public (the storefront's sitemap): live pages only, as the public sees them (a live page
  // whose next version is SCHEDULED is live too).
  publishedPages: (_parent, args, { db }) =>
    listPageViews(db, args, { status: null, liveOnly: true }, (row) => liveView(row)),
  menu: async (_parent, { handle }, { loaders }) =>
    isValidMenuHandle(handle) ? loaders.menuByHandle.load(handle) : null,
} satisfies QueryResolvers;
