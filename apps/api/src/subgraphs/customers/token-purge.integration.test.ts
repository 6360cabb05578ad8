import { randomBytes } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../../platform/db/client.js';
import { customersTasks } from './tasks.js';
import { accessTokens } from './tables.js';

let database: Database;
beforeAll(() => {
  database = connectDatabase(inject('databaseUrl'), { max: 2 });
});
afterAll(() => database.close());

const hour = 60 * 60 * 1000;

it('purges expired tokens and long-revoked ones, and keeps live and just-revoked ones', async () => {
  const now = new Date();
  const at = (offset: number) => new Date(now.getTime() + offset);
  const rows = {
    live: { expiresAt: at(hour), revokedAt: null },
    expired: { expiresAt: at(-1000), revokedAt: null },
    revokedLongAgo: { expiresAt: at(hour), revokedAt: at(-2 * hour) },
    revokedJustNow: { expiresAt: at(hour), revokedAt: at(-60_000) },
  };
  const inserted = await database.db
    .insert(accessTokens)
    .values(
      Object.values(rows).map((row) => ({
        ...row,
        tokenHash: randomBytes(32).toString('hex'),
        subjectKind: 'customer' as const,
        subjectId: 987_654_321,
      })),
    )
    .returning({ id: accessTokens.id });
  const ids = inserted.map((row) => row.id);
  const logged: Record<string, unknown>[] = [];
  const context = {
    db: database.db,
    now: () => now,
    log: { info: (_m: string, f?: Record<string, unknown>) => logged.push(f ?? {}) },
  };

  await customersTasks['customers.purge-expired-tokens']({}, context);
  const left = await database.db
    .select({ id: accessTokens.id })
    .from(accessTokens)
    .where(inArray(accessTokens.id, ids))
    .orderBy(accessTokens.id);
  expect(left.map((row) => row.id)).toEqual([ids[0], ids[3]]);
  expect(logged[0]?.purged).toBeGreaterThanOrEqual(2);

  // A second run (the job ran twice) changes nothing.
  await customersTasks['customers.purge-expired-tokens']({}, context);
  expect(await database.db.select().from(accessTokens).where(inArray(accessTokens.id, ids))).toHaveLength(2);
  await database.db.delete(accessTokens).where(inArray(accessTokens.id, ids));
});
