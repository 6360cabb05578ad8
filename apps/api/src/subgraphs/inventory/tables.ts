import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgSchema, primaryKey, serial, text } from 'drizzle-orm/pg-core';

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
  },
  (t) => [index('items_product_idx').on(t.productId)],
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

export type ItemRow = typeof items.$inferSelect;
