import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { accessTokens } from './tables.js';

// Deletes run in batches so one sweep never holds many row locks or one long transaction.
const BATCH = 5_000;
const MAX_BATCHES = 100;

/**
 * Deletes access tokens that can no longer sign anyone in: expired ones, and revoked ones once a
 * revocation is an hour old (a token revoked a moment ago stays a little for diagnosis).
 * Idempotent; returns how many rows went.
 */
export async function purgeExpiredTokens(db: DbExecutor, now: Date): Promise<number> {
  const revokedBefore = new Date(now.getTime() - 60 * 60 * 1000);
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const deleted = await db.execute(sql`
      delete from ${accessTokens}
      where id in (
        select id from ${accessTokens}
        where expires_at <= ${now.toISOString()}::timestamptz
           or revoked_at <= ${revokedBefore.toISOString()}::timestamptz
        limit ${BATCH}
      )`);
    total += deleted.count;
    if (deleted.count < BATCH) break;
  }
  return total;
}
