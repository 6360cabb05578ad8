import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgSchema,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const inventory = pgSchema('inventory');

const id = (name: string) => bigint(name, { mode: 'number' });

export const locations = inventory.table('locations', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
});

/** One stock-keeping item per catalog variant (ids are the catalog's; no cross-schema foreign key). */
export const items = inventory.table(
  'items',
  {
    variantId: id('variant_id').primaryKey(),
    productId: id('product_id').notNull(),
    /** Untracked items can always be bought and show no quantity. */
    tracked: boolean('tracked').notNull().default(true),
    /** Flash-sale purchase cap: at most this many units in one order; null means no cap. */
    maxPerOrder: integer('max_per_order'),
  },
  (t) => [
    index('items_product_idx').on(t.productId),
    check('items_max_per_order_positive', sql`${t.maxPerOrder} is null or ${t.maxPerOrder} > 0`),
  ],
);

export const levels = inventory.table(
  'levels',
  {
    variantId: id('variant_id')
      .notNull()
      .references(() => items.variantId, { onDelete: 'cascade' }),
    locationId: integer('location_id')
      .notNull()
      .references(() => locations.id),
    onHand: integer('on_hand').notNull().default(0),
    /** Units held by checkouts; never more than on hand, so stock can never be oversold. */
    reserved: integer('reserved').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.locationId] }),
    check('levels_on_hand_nonnegative', sql`${t.onHand} >= 0`),
    check('levels_reserved_within_on_hand', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
  ],
);

export const HOLD_STATES = ['held', 'committed', 'released'] as const;
export type HoldState = (typeof HOLD_STATES)[number];

/**
 * Units one holder (a checkout id) takes from one level until `expires_at`. While `held`, the
 * quantity is counted in the level's `reserved`; `committed` means sold (taken off `on_hand`),
 * `released` means returned. The sum of held quantities of a level always equals its `reserved`.
 */
export const reservations = inventory.table(
  'reservations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    holder: text('holder').notNull(),
    variantId: id('variant_id').notNull(),
    locationId: integer('location_id').notNull(),
    quantity: integer('quantity').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    state: text('state', { enum: HOLD_STATES }).notNull().default('held'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.variantId, t.locationId],
      foreignColumns: [levels.variantId, levels.locationId],
    }).onDelete('cascade'),
    check('reservations_quantity_positive', sql`${t.quantity} > 0`),
    check('reservations_state_known', sql`${t.state} in ('held', 'committed', 'released')`),
    index('reservations_holder_idx').on(t.holder),
    // The expiry sweep and reserveStock look for held holds past their time, nothing else.
    index('reservations_held_expiry_idx')
      .on(t.expiresAt, t.variantId)
      .where(sql`${t.state} = 'held'`),
  ],
);

export type ItemRow = typeof items.$inferSelect;
