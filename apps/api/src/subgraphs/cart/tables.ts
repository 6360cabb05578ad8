import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const cartSchema = pgSchema('cart');

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
// Exact decimals: postgres.js returns numeric as a string, which is how money stays exact.
const money = (name: string) => numeric(name, { precision: 12, scale: 2 });

export const CART_STATUSES = ['open', 'completed', 'merged'] as const;
export type CartStatus = (typeof CART_STATUSES)[number];
export const DISCOUNT_KINDS = ['percentage', 'fixed'] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];

export const carts = cartSchema.table(
  'carts',
  {
    /** 128 random bits, base64url: for a guest cart the id is the capability, so never a serial. */
    id: text('id').primaryKey(),
    /** The signed-in owner, or null for a guest cart. */
    customerId: bigint('customer_id', { mode: 'number' }),
    email: text('email'),
    countryCode: text('country_code'),
    status: text('status', { enum: CART_STATUSES }).notNull().default('open'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // A customer's open cart is found on sign-in (merge) by this index.
    index('carts_customer_open_idx')
      .on(t.customerId)
      .where(sql`${t.status} = 'open'`),
    check('carts_status_known', sql`${t.status} in ('open', 'completed', 'merged')`),
  ],
);

export const lines = cartSchema.table(
  'lines',
  {
    /** 128 random bits, like the cart's id. */
    id: text('id').primaryKey(),
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: bigint('variant_id', { mode: 'number' }).notNull(),
    quantity: integer('quantity').notNull(),
    /** Order of first addition; new lines go last. */
    position: integer('position').notNull(),
  },
  (t) => [
    // One line per variant: adding a variant already in the cart adds to its line.
    uniqueIndex('lines_cart_variant_key').on(t.cartId, t.variantId),
    index('lines_cart_position_idx').on(t.cartId, t.position),
    check('lines_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export const discountCodes = cartSchema.table(
  'discount_codes',
  {
    /** Upper case; shoppers' input is upper-cased before lookup. */
    code: text('code').primaryKey(),
    kind: text('kind', { enum: DISCOUNT_KINDS }).notNull(),
    /** A percentage (10 = 10 %) or a fixed amount in the shop's currency. */
    value: numeric('value', { precision: 12, scale: 2 }).notNull(),
    minSubtotal: money('min_subtotal'),
    startsAt: at('starts_at'),
    endsAt: at('ends_at'),
    /** Total uses over all orders; null = unlimited. Consumed at checkout. */
    usageLimit: integer('usage_limit'),
    usedCount: integer('used_count').notNull().default(0),
  },
  (t) => [
    check('discount_codes_kind_known', sql`${t.kind} in ('percentage', 'fixed')`),
    check('discount_codes_value_range', sql`${t.value} >= 0 and (${t.kind} <> 'percentage' or ${t.value} <= 100)`),
    // The backstop of the usage limit under concurrency.
    check('discount_codes_usage_within_limit', sql`${t.usedCount} >= 0 and ${t.usedCount} <= ${t.usageLimit}`),
  ],
);

export const cartDiscountCodes = cartSchema.table(
  'cart_discount_codes',
  {
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    /** As entered (upper-cased); it need not exist, it is then shown as not applicable. */
    code: text('code').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.code] })],
);

export const taxRates = cartSchema.table(
  'tax_rates',
  {
    /** ISO 3166-1 alpha-2. A country without a row is not shipped to. */
    countryCode: text('country_code').primaryKey(),
    /** Percent, exclusive of the price, e.g. 19.00. */
    rate: numeric('rate', { precision: 6, scale: 3 }).notNull(),
  },
  (t) => [check('tax_rates_rate_range', sql`${t.rate} >= 0 and ${t.rate} < 100`)],
);

export type CartRow = typeof carts.$inferSelect;
export type CartLineRow = typeof lines.$inferSelect;
export type DiscountCodeRow = typeof discountCodes.$inferSelect;
export type CartDiscountCodeRow = typeof cartDiscountCodes.$inferSelect;
export type TaxRateRow = typeof taxRates.$inferSelect;
