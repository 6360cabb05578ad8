import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const checkoutSchema = pgSchema('checkout');

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
// Exact decimals: postgres.js returns numeric as a string, which is how money stays exact.
const money = (name: string) => numeric(name, { precision: 12, scale: 2 });

/** A shipping address as the shopper entered it (validated, length-capped) and as orders keep it. */
export interface AddressJson {
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  zip: string | null;
  countryCode: string | null;
  phone: string | null;
}

/** What an order will hold, fixed when the shopper is charged (amounts as decimal strings). */
export interface OrderDraft {
  email: string;
  shippingAddress: AddressJson | null;
  shippingRateHandle: string | null;
  subtotal: string;
  discount: string;
  shipping: string;
  tax: string;
  total: string;
  currencyCode: string;
  lines: Array<{
    variantId: number;
    title: string;
    variantTitle: string | null;
    sku: string | null;
    quantity: number;
    unitPrice: string;
    total: string;
  }>;
}

export const CHECKOUT_STATUSES = ['open', 'completed'] as const;
export type CheckoutStatus = (typeof CHECKOUT_STATUSES)[number];
export const ATTEMPT_STATES = ['charging', 'succeeded', 'declined', 'failed'] as const;
export type AttemptState = (typeof ATTEMPT_STATES)[number];

/** Human order numbers, display only (ids are random): 1001, 1002 … */
export const orderNumbers = checkoutSchema.sequence('order_number_seq', { startWith: 1001 });

export const checkouts = checkoutSchema.table(
  'checkouts',
  {
    /** 128 random bits, base64url: the id is the capability for a guest checkout. */
    id: text('id').primaryKey(),
    cartId: text('cart_id').notNull(),
    /**
     * The cart as checkout started from it (the cart domain's CartSnapshot): what is reserved and
     * priced, so a cart changed in another tab does not change a checkout under way.
     */
    cartSnapshot: jsonb('cart_snapshot').notNull(),
    /** The signed-in owner, or null for a guest checkout. */
    customerId: bigint('customer_id', { mode: 'number' }),
    email: text('email'),
    shippingAddress: jsonb('shipping_address').$type<AddressJson>(),
    shippingRateHandle: text('shipping_rate_handle'),
    status: text('status').$type<CheckoutStatus>().notNull().default('open'),
    reservedUntil: at('reserved_until'),
    orderId: text('order_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // One open checkout per cart: a second checkoutStart re-syncs it instead of holding stock twice.
    uniqueIndex('checkouts_open_cart_key')
      .on(t.cartId)
      .where(sql`${t.status} = 'open'`),
    check('checkouts_status_known', sql`${t.status} in ('open', 'completed')`),
    check('checkouts_completed_has_order', sql`(${t.status} = 'completed') = (${t.orderId} is not null)`),
  ],
);

/** The cart's lines when checkout started (or was re-started): what is reserved and priced. */
export const checkoutLines = checkoutSchema.table(
  'checkout_lines',
  {
    checkoutId: text('checkout_id')
      .notNull()
      .references(() => checkouts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    cartLineId: text('cart_line_id').notNull(),
    variantId: bigint('variant_id', { mode: 'number' }).notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.checkoutId, t.position] }),
    check('checkout_lines_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export const shippingRates = checkoutSchema.table(
  'shipping_rates',
  {
    handle: text('handle').primaryKey(),
    title: text('title').notNull(),
    price: money('price').notNull(),
    currencyCode: text('currency_code').notNull(),
    /** Offered only from this subtotal (inclusive), e.g. free shipping over 100.00. */
    minSubtotal: money('min_subtotal'),
    /** Offered only below this subtotal. */
    maxSubtotal: money('max_subtotal'),
    /** ISO country codes served, or null for every country the shop ships to. */
    countries: text('countries').array(),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [check('shipping_rates_price_nonnegative', sql`${t.price} >= 0`)],
);

export const orders = checkoutSchema.table(
  'orders',
  {
    /** 128 random bits, base64url. */
    id: text('id').primaryKey(),
    number: bigint('number', { mode: 'number' })
      .notNull()
      .default(sql`nextval('checkout.order_number_seq')`),
    checkoutId: text('checkout_id').notNull(),
    customerId: bigint('customer_id', { mode: 'number' }),
    email: text('email').notNull(),
    shippingAddress: jsonb('shipping_address').$type<AddressJson>(),
    shippingRateHandle: text('shipping_rate_handle'),
    subtotal: money('subtotal').notNull(),
    discount: money('discount').notNull(),
    shipping: money('shipping').notNull(),
    tax: money('tax').notNull(),
    total: money('total').notNull(),
    currencyCode: text('currency_code').notNull(),
    financialStatus: text('financial_status').notNull().default('PAID'),
    fulfillmentStatus: text('fulfillment_status').notNull().default('UNFULFILLED'),
    /** Set when the confirmation email went out, so a retried job does not send it twice. */
    confirmationSentAt: at('confirmation_sent_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    // The database's own guard for "one checkout, one order".
    uniqueIndex('orders_checkout_key').on(t.checkoutId),
    index('orders_customer_idx').on(t.customerId, t.createdAt.desc(), t.id.desc()),
  ],
);

export const orderLines = checkoutSchema.table(
  'order_lines',
  {
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    variantId: bigint('variant_id', { mode: 'number' }),
    title: text('title').notNull(),
    variantTitle: text('variant_title'),
    sku: text('sku'),
    quantity: integer('quantity').notNull(),
    unitPrice: money('unit_price').notNull(),
    total: money('total').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.position] })],
);

/** One try to pay for a checkout, keyed by the client's idempotency key. */
export const paymentAttempts = checkoutSchema.table(
  'payment_attempts',
  {
    id: text('id').primaryKey(),
    idempotencyKey: text('idempotency_key').notNull(),
    checkoutId: text('checkout_id')
      .notNull()
      .references(() => checkouts.id),
    state: text('state').$type<AttemptState>().notNull().default('charging'),
    /** The provider the shopper chose, and the one that took the charge (after failover). */
    provider: text('provider').notNull(),
    providerId: text('provider_id'),
    reference: text('reference'),
    amount: money('amount').notNull(),
    currencyCode: text('currency_code').notNull(),
    /** Discount codes whose use this attempt consumed; returned when it fails. */
    discountCodes: text('discount_codes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The decline's message (shown again for the same key) or why the attempt failed. */
    message: text('message'),
    /**
     * The order as priced when the charge was made (lines, amounts, address): the order created
     * after the charge, by the request or by the repair job, is exactly what was charged.
     */
    orderDraft: jsonb('order_draft').$type<OrderDraft>(),
    orderId: text('order_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_attempts_idempotency_key').on(t.idempotencyKey),
    // At most one live attempt per checkout: a second concurrent charge cannot even be recorded.
    uniqueIndex('payment_attempts_live_checkout_key')
      .on(t.checkoutId)
      .where(sql`${t.state} in ('charging', 'succeeded')`),
    check('payment_attempts_state_known', sql`${t.state} in ('charging', 'succeeded', 'declined', 'failed')`),
  ],
);

export type CheckoutRow = typeof checkouts.$inferSelect;
export type CheckoutLineRow = typeof checkoutLines.$inferSelect;
export type ShippingRateRow = typeof shippingRates.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type PaymentAttemptRow = typeof paymentAttempts.$inferSelect;
