import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import { testProviderCharges, type TestProviderChargeRow } from './tables.js';

export type NewTestCharge = Omit<TestProviderChargeRow, 'voidedAt' | 'createdAt'>;

/**
 * Records a charge once per (instance, attempt), as a provider's idempotency key would: a second
 * call for the same attempt gets the first call's row back, whatever it asked for.
 */
export async function recordTestCharge(db: DbExecutor, charge: NewTestCharge): Promise<TestProviderChargeRow> {
  const [inserted] = await db.insert(testProviderCharges).values(charge).onConflictDoNothing().returning();
  if (inserted) return inserted;
  const existing = await findTestCharge(db, charge.providerId, charge.attemptId);
  if (!existing) throw new Error('test provider: a conflicting charge vanished');
  return existing;
}

export async function findTestCharge(
  db: DbExecutor,
  providerId: string,
  attemptId: string,
): Promise<TestProviderChargeRow | null> {
  const [row] = await db
    .select()
    .from(testProviderCharges)
    .where(and(eq(testProviderCharges.providerId, providerId), eq(testProviderCharges.attemptId, attemptId)));
  return row ?? null;
}

export async function voidTestCharge(db: DbExecutor, providerId: string, attemptId: string): Promise<void> {
  await db
    .update(testProviderCharges)
    .set({ voidedAt: sql`now()` })
    .where(
      and(
        eq(testProviderCharges.providerId, providerId),
        eq(testProviderCharges.attemptId, attemptId),
        isNull(testProviderCharges.voidedAt),
      ),
    );
}

/** For tests: succeeded charges at the test provider (all instances), split by whether they were voided. */
export async function countTestCharges(
  db: DbExecutor,
  filter: { attemptId?: string; providerId?: string } = {},
): Promise<{ charged: number; voided: number; declined: number }> {
  const rows = await db
    .select({
      outcome: testProviderCharges.outcome,
      voided: sql<boolean>`${testProviderCharges.voidedAt} is not null`,
      n: count(),
    })
    .from(testProviderCharges)
    .where(
      and(
        filter.attemptId ? eq(testProviderCharges.attemptId, filter.attemptId) : undefined,
        filter.providerId ? eq(testProviderCharges.providerId, filter.providerId) : undefined,
      ),
    )
    .groupBy(testProviderCharges.outcome, sql`${testProviderCharges.voidedAt} is not null`);
  const total = { charged: 0, voided: 0, declined: 0 };
  for (const row of rows) {
    if (row.outcome === 'declined') total.declined += row.n;
    else {
      total.charged += row.n;
      if (row.voided) total.voided += row.n;
    }
  }
  return total;
}
