import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { idArray } from '../../platform/db/id-array.js';
import type { StaffRole } from '../../platform/identity.js';
import type { NewAddress, NewCustomer } from './rules.js';
import {
  accessTokens,
  addresses,
  customers,
  staff,
  type AddressRow,
  type CustomerRow,
  type StaffRow,
  type SubjectKind,
} from './tables.js';

// Batch-shaped lookups for the loaders: one statement for any number of keys.

export function findCustomersByIds(db: Db, ids: readonly number[]): Promise<CustomerRow[]> {
  return db
    .select()
    .from(customers)
    .where(sql`${customers.id} = any(${idArray(ids)})`);
}

export function findAddressesByCustomerIds(db: Db, customerIds: readonly number[]): Promise<AddressRow[]> {
  return db
    .select()
    .from(addresses)
    .where(sql`${addresses.customerId} = any(${idArray(customerIds)})`)
    .orderBy(asc(addresses.customerId), asc(addresses.id));
}

/** The staff account with this (normalised) email, if any. */
export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | null> {
  const [row] = await db.select().from(staff).where(eq(staff.email, email)).limit(1);
  return row ?? null;
}

export function findStaffByIds(db: Db, ids: readonly number[]): Promise<StaffRow[]> {
  return db
    .select()
    .from(staff)
    .where(sql`${staff.id} = any(${idArray(ids)})`);
}

export interface Credentials {
  id: number;
  passwordHash: string;
}

/** The account to check a password against; `email` must already be normalised. */
export async function findCredentials(db: Db, kind: SubjectKind, email: string): Promise<Credentials | null> {
  const table = kind === 'customer' ? customers : staff;
  const [row] = await db
    .select({ id: table.id, passwordHash: table.passwordHash })
    .from(table)
    .where(eq(table.email, email))
    .limit(1);
  return row ?? null;
}

/** The new customer, or null when the email is taken (the unique index decides, race-free). */
export async function insertCustomer(
  db: Db,
  customer: Omit<NewCustomer, 'password'> & { passwordHash: string },
): Promise<CustomerRow | null> {
  const [row] = await db
    .insert(customers)
    .values(customer)
    .onConflictDoNothing({ target: customers.email })
    .returning();
  return row ?? null;
}

export type AddressInsert = { address: AddressRow } | { refused: 'NO_CUSTOMER' | 'LIMIT' };

/**
 * Saves an address to `customerId` and optionally makes it the default, in one transaction.
 * The customer row is locked first, so concurrent saves for one customer respect `limit`.
 */
export async function insertAddress(
  db: Db,
  customerId: number,
  address: NewAddress,
  options: { setAsDefault: boolean; limit: number },
): Promise<AddressInsert> {
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.id, customerId))
      .for('update');
    if (!owner) return { refused: 'NO_CUSTOMER' as const };
    const [saved] = await tx.select({ n: count() }).from(addresses).where(eq(addresses.customerId, customerId));
    if ((saved?.n ?? 0) >= options.limit) return { refused: 'LIMIT' as const };
    const [row] = await tx
      .insert(addresses)
      .values({ ...address, customerId })
      .returning();
    if (!row) throw new Error('address insert returned no row');
    if (options.setAsDefault) {
      await tx
        .update(customers)
        .set({ defaultAddressId: row.id, updatedAt: sql`now()` })
        .where(eq(customers.id, customerId));
    }
    return { address: row };
  });
}

export async function insertAccessToken(
  db: Db,
  token: { tokenHash: string; subjectKind: SubjectKind; subjectId: number; expiresAt: Date },
): Promise<void> {
  await db.insert(accessTokens).values(token);
}

const live = (tokenHash: string) =>
  and(eq(accessTokens.tokenHash, tokenHash), isNull(accessTokens.revokedAt), gt(accessTokens.expiresAt, sql`now()`));

/** Revokes a live token; false when it was unknown, expired or already revoked. */
export async function revokeAccessToken(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .update(accessTokens)
    .set({ revokedAt: sql`now()` })
    .where(live(tokenHash))
    .returning({ id: accessTokens.id });
  return rows.length > 0;
}

export type TokenSubject = ({ kind: 'customer'; id: number } | { kind: 'staff'; id: number; roles: StaffRole[] }) & {
  expiresAt: Date;
};

/** Whom a live token belongs to, when that account still exists; staff roles are read fresh. */
export async function findTokenSubject(db: Db, tokenHash: string): Promise<TokenSubject | null> {
  const [row] = await db
    .select({
      kind: accessTokens.subjectKind,
      id: accessTokens.subjectId,
      expiresAt: accessTokens.expiresAt,
      customerId: customers.id,
      staffId: staff.id,
      roles: staff.roles,
    })
    .from(accessTokens)
    .leftJoin(customers, and(eq(accessTokens.subjectKind, 'customer'), eq(customers.id, accessTokens.subjectId)))
    .leftJoin(staff, and(eq(accessTokens.subjectKind, 'staff'), eq(staff.id, accessTokens.subjectId)))
    .where(live(tokenHash))
    .limit(1);
  if (row?.kind === 'customer' && row.customerId != null)
    return { kind: 'customer', id: row.customerId, expiresAt: row.expiresAt };
  if (row?.kind === 'staff' && row.staffId != null)
    return { kind: 'staff', id: row.staffId, roles: row.roles ?? [], expiresAt: row.expiresAt };
  return null;
}

/** Creates the staff account or replaces its password and roles. */
export async function upsertStaff(
  db: Db,
  member: { email: string; passwordHash: string; roles: StaffRole[] },
): Promise<StaffRow> {
  const [row] = await db
    .insert(staff)
    .values(member)
    .onConflictDoUpdate({
      target: staff.email,
      set: { passwordHash: member.passwordHash, roles: member.roles, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('staff upsert returned no row');
  return row;
}
