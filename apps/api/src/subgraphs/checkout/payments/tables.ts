import { sql } from 'drizzle-orm';
import { check, numeric, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { checkoutSchema } from '../tables.js';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * What the `test` provider "charged", one row per instance and attempt. In the database rather
 * than in memory so that a lookup after a crash (another process, the worker's repair job) sees a
 * charge made before it, and so tests can count charges at the provider.
 */
export const testProviderCharges = checkoutSchema.table(
  'test_provider_charges',
  {
    providerId: text('provider_id').notNull(),
    attemptId: text('attempt_id').notNull(),
    /** 'succeeded' or 'declined'; a timed-out charge is recorded as succeeded (the answer was lost). */
    outcome: text('outcome').$type<'succeeded' | 'declined'>().notNull(),
    reference: text('reference').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2 }).notNull(),
    currencyCode: text('currency_code').notNull(),
    message: text('message'),
    voidedAt: at('voided_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.attemptId] }),
    check('test_provider_charges_outcome_known', sql`${t.outcome} in ('succeeded', 'declined')`),
  ],
);

export type TestProviderChargeRow = typeof testProviderCharges.$inferSelect;
