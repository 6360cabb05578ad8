import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  foreignKey,
  index,
  pgSchema,
  text,
  timestamp,
  unique,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { StaffRole } from '../../platform/identity.js';

export const customersSchema = pgSchema('customers');

const id = (name: string) => bigint(name, { mode: 'number' });
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const STAFF_ROLES = ['MARKETER', 'MERCHANDISER', 'ADMIN'] as const satisfies readonly StaffRole[];
export const SUBJECT_KINDS = ['customer', 'staff'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const customers = customersSchema.table(
  'customers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Normalised (trimmed, lowercased) so the unique index is case-insensitive. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    acceptsMarketing: boolean('accepts_marketing').notNull().default(false),
    defaultAddressId: id('default_address_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('customers_email_key').on(t.email),
    check('customers_email_normalised', sql`${t.email} = lower(btrim(${t.email}))`),
    // The default address must be one of this customer's own addresses.
    foreignKey({
      name: 'customers_default_address_fk',
      columns: [t.defaultAddressId, t.id],
      foreignColumns: [addressColumn('id'), addressColumn('customerId')],
    }),
  ],
);

export const addresses = customersSchema.table(
  'addresses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    customerId: id('customer_id')
      .notNull()
      .references((): AnyPgColumn => customers.id, { onDelete: 'cascade' }),
    firstName: text('first_name'),
    lastName: text('last_name'),
    company: text('company'),
    address1: text('address1'),
    address2: text('address2'),
    city: text('city'),
    province: text('province'),
    zip: text('zip'),
    countryCode: text('country_code'),
    phone: text('phone'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('addresses_customer_idx').on(t.customerId, t.id),
    // Target of the composite foreign key above: (address, owner) pairs.
    unique('addresses_id_customer_key').on(t.id, t.customerId),
    check('addresses_country_code_format', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
  ],
);

export const staff = customersSchema.table(
  'staff',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles')
      .array()
      .$type<StaffRole[]>()
      .notNull()
      .default(sql`'{}'`),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_email_key').on(t.email),
    check('staff_email_normalised', sql`${t.email} = lower(btrim(${t.email}))`),
    check('staff_roles_known', sql`${t.roles} <@ array['MARKETER', 'MERCHANDISER', 'ADMIN']::text[]`),
  ],
);

/** Opaque bearer tokens. Only the SHA-256 of a token is stored: a leaked table grants nothing. */
export const accessTokens = customersSchema.table(
  'access_tokens',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tokenHash: text('token_hash').notNull(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    subjectId: id('subject_id').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('access_tokens_token_hash_key').on(t.tokenHash),
    index('access_tokens_subject_idx').on(t.subjectKind, t.subjectId),
    check('access_tokens_subject_kind', sql`${t.subjectKind} in ('customer', 'staff')`),
  ],
);

// Customers and addresses refer to each other; a typed accessor breaks the inference cycle.
function addressColumn(name: 'id' | 'customerId'): AnyPgColumn {
  return addresses[name];
}

export type CustomerRow = typeof customers.$inferSelect;
export type AddressRow = typeof addresses.$inferSelect;
export type StaffRow = typeof staff.$inferSelect;
export type AccessTokenRow = typeof accessTokens.$inferSelect;
