import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { idOfType } from '../../platform/graphql/global-id.js';
import type { Identity } from '../../platform/identity.js';
import { isContentEditor } from './access.js';
import { isLive } from './page-view.js';
import * as repository from './repository.js';

/**
 * Which of `globalIds` name a page the caller may see through `node`: a live page for anyone, a
 * draft only for MARKETER/ADMIN staff. The catalog's `node` asks this before answering with a
 * reference, so a draft's id looks missing to the public.
 */
export async function visiblePageNodes(
  db: DbExecutor,
  identity: Identity | null,
  globalIds: readonly string[],
): Promise<boolean[]> {
  const ids = globalIds.map((globalId) => {
    try {
      return idOfType(globalId, 'Page');
    } catch {
      return null;
    }
  });
  const rows = await repository.findPagesByIds(
    db,
    ids.filter((id): id is number => id !== null),
  );
  const editor = isContentEditor(identity);
  const visible = new Set(rows.filter((row) => editor || isLive(row)).map((row) => row.id));
  return ids.map((id) => id !== null && visible.has(id));
}
