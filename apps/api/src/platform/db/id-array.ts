import { sql, type SQL } from 'drizzle-orm';

/**
 * Ids as ONE bigint[] parameter (`= any(...)`), not drizzle's `in ($1, $2, …)`: the statement
 * text stays the same for any number of ids, so PostgreSQL prepares it once per connection.
 */
export function idArray(ids: readonly number[]): SQL {
  return sql`${`{${ids.map((id) => Math.trunc(id)).join(',')}}`}::bigint[]`;
}
