import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { findStaffByIds } from './repository.js';

/** Emails of staff members by id, for other domains that record who changed something. */
export async function findStaffEmails(
  db: DbExecutor,
  ids: readonly number[],
): Promise<Array<{ id: number; email: string }>> {
  if (ids.length === 0) return [];
  const rows = await findStaffByIds(db as Parameters<typeof findStaffByIds>[0], ids);
  return rows.map((row) => ({ id: row.id, email: row.email }));
}
