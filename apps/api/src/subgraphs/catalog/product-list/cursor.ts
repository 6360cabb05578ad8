import { encodeCursor } from '../../../platform/graphql/pagination.js';
import type { ProductSort } from './sql.js';

/** What a product cursor holds, base64url-encoded by `encodeCursor`. */
export interface KeysetCursor {
  /** The sort key the cursor belongs to. */
  k: string;
  /** The sort value as text, as PostgreSQL printed it. */
  v: string;
  id: number;
}

const isKeysetCursor = (value: unknown): value is KeysetCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeysetCursor).k === 'string' &&
  typeof (value as KeysetCursor).v === 'string' &&
  (value as KeysetCursor).v.length <= 300 &&
  Number.isSafeInteger((value as KeysetCursor).id);

/**
 * A cursor only resumes the sort it was made for; one from another sort is the client's mistake.
 * `sort` is null when the list is known to be empty: then only the key is checked.
 */
export function fitsSort(sortKey: string, sort: ProductSort | null) {
  return (value: unknown): value is KeysetCursor =>
    isKeysetCursor(value) && value.k === sortKey && (!sort || fitsSortCast(value.v, sort.cast));
}

/** The opaque cursor of a row: its sort key, its sort value as text, and its id (the tie-breaker). */
export function productCursor(sortKey: string, row: { sortValue: string; id: number }): string {
  return encodeCursor({ k: sortKey, v: row.sortValue, id: row.id } satisfies KeysetCursor);
}

// A cursor's sort value must read back as its sort's cast before it reaches SQL: a cursor from
// another sort, or a forged one, is the client's mistake (BAD_USER_INPUT), not a failed statement.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-5])(:[0-5]\d){0,2}$/;

/** True when `value`, as PostgreSQL printed it (ISO DateStyle), can be cast back to `cast`. */
export function fitsSortCast(value: string, cast: ProductSort['cast']): boolean {
  switch (cast) {
    case 'text':
      return true;
    case 'numeric':
      return /^-?\d{1,15}(\.\d{1,15})?$/.test(value);
    case 'integer':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2_147_483_647;
    case 'bigint':
      return /^-?\d{1,18}$/.test(value);
    case 'timestamptz': {
      const match = TIMESTAMP.exec(value);
      if (!match) return false;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    }
  }
}
