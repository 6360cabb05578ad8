import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { idArray } from '../../platform/db/id-array.js';
import type { Allocation, HoldItem, LevelStock } from './hold-rules.js';
import type { VariantStock } from './rules.js';
import { items, levels, locations, reservations } from './tables.js';

const stockRow = z.object({
  variantId: z.coerce.number().int(),
  productId: z.coerce.number().int(),
  tracked: z.boolean(),
  onHand: z.number().int(),
  reserved: z.number().int(),
});

/**
 * Stock per variant summed over locations: for the given variants, every variant of the given
 * products, or every item there is. Each variant's levels are summed by a lateral lookup on the
 * levels primary key, never a scan of all levels.
 */
export async function findStock(
  db: DbExecutor,
  by: 'variant' | 'product' | 'all',
  ids: readonly number[] = [],
): Promise<VariantStock[]> {
  const where =
    by === 'all'
      ? sql`true`
      : by === 'variant'
        ? sql`${items.variantId} = any(${idArray(ids)})`
        : sql`${items.productId} = any(${idArray(ids)})`;
  const rows = await db.execute(sql`
    /* findStock */
    select ${items.variantId} as "variantId", ${items.productId} as "productId", ${items.tracked} as tracked,
           coalesce(s.on_hand, 0)::int as "onHand", coalesce(s.reserved, 0)::int as reserved
      from ${items}
      left join lateral (
        select sum(${levels.onHand}) as on_hand, sum(${levels.reserved}) as reserved
          from ${levels} where ${levels.variantId} = ${items.variantId}
      ) s on true
     where ${where}`);
  return z.array(stockRow).parse([...rows]);
}

// The stock ledger's statements (stock-ledger.ts says in which order they run, and why).
// Every change of `reserved` or `on_hand` is one statement that also moves the holds, so a
// level's `reserved` is always the sum of its held holds.

const levelRow = z.object({
  variantId: z.coerce.number().int(),
  locationId: z.number().int(),
  onHand: z.number().int(),
  reserved: z.number().int(),
});
const variantIdRow = z.object({ variantId: z.coerce.number().int() });
const countRow = z.object({ count: z.number().int() });
const column = (name: { name: string }) => sql.identifier(name.name);
const timestamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

// Any constant works; it only has to differ from the other advisory lock classes (the seed's).
const HOLDER_LOCK_CLASS = 7_210_010;

/** Serialises ledger calls for one holder (two tabs re-starting one checkout) until commit. */
export async function lockHolder(tx: DbExecutor, holder: string): Promise<void> {
  await tx.execute(sql`/* lockHolder */ select pg_advisory_xact_lock(${HOLDER_LOCK_CLASS}, hashtext(${holder}))`);
}

export async function findHeldVariantIds(tx: DbExecutor, holder: string): Promise<number[]> {
  const rows = await tx.execute(sql`
    /* findHeldVariantIds */
    select distinct ${reservations.variantId} as "variantId" from ${reservations}
     where ${reservations.holder} = ${holder} and ${reservations.state} = 'held'`);
  return z
    .array(variantIdRow)
    .parse([...rows])
    .map((row) => row.variantId);
}

/** Variants with held holds past their time, a batch at a time, lowest ids first. */
export async function findExpiredHeldVariantIds(tx: DbExecutor, now: Date, limit: number): Promise<number[]> {
  const rows = await tx.execute(sql`
    /* findExpiredHeldVariantIds */
    select distinct ${reservations.variantId} as "variantId" from ${reservations}
     where ${reservations.state} = 'held' and ${reservations.expiresAt} <= ${timestamp(now)}
     order by 1 limit ${limit}`);
  return z
    .array(variantIdRow)
    .parse([...rows])
    .map((row) => row.variantId);
}

/**
 * Locks every level of the variants in ascending (variant_id, location_id) order, in this one
 * statement: every ledger call takes its level locks this way before touching a hold, so two
 * transactions over overlapping variants queue instead of deadlocking.
 */
export async function lockLevels(tx: DbExecutor, variantIds: readonly number[]): Promise<LevelStock[]> {
  if (variantIds.length === 0) return [];
  const rows = await tx.execute(sql`
    /* lockLevels */
    select ${levels.variantId} as "variantId", ${levels.locationId} as "locationId",
           ${levels.onHand} as "onHand", ${levels.reserved} as reserved
      from ${levels} where ${levels.variantId} = any(${idArray(variantIds)})
     order by ${levels.variantId}, ${levels.locationId}
       for update`);
  return z.array(levelRow).parse([...rows]);
}

const holdItemRow = z.object({
  variantId: z.coerce.number().int(),
  tracked: z.boolean(),
  maxPerOrder: z.number().int().nullable(),
});

export async function findHoldItems(db: DbExecutor, variantIds: readonly number[]): Promise<HoldItem[]> {
  if (variantIds.length === 0) return [];
  const rows = await db.execute(sql`
    /* findHoldItems */
    select ${items.variantId} as "variantId", ${items.tracked} as tracked, ${items.maxPerOrder} as "maxPerOrder"
      from ${items} where ${items.variantId} = any(${idArray(variantIds)})`);
  return z.array(holdItemRow).parse([...rows]);
}

/** The products of these variants (each once), for the caches of a product's availability. */
export async function findProductIdsOfVariants(db: DbExecutor, variantIds: readonly number[]): Promise<number[]> {
  if (variantIds.length === 0) return [];
  const rows = await db.execute(sql`
    /* findProductIdsOfVariants */
    select distinct ${items.productId} as "productId"
      from ${items} where ${items.variantId} = any(${idArray(variantIds)})
     order by 1`);
  return z
    .array(z.object({ productId: z.coerce.number().int() }))
    .parse([...rows])
    .map((row) => row.productId);
}

/** Which held holds to release: the levels they sit on must already be locked (lockLevels). */
export type ReleaseScope =
  { holder: string; expiredOf?: readonly number[] } | { expiredAt: Date; variantIds: readonly number[] };

/**
 * Releases held holds and gives their units back to `reserved` in one statement. Returns the
 * levels as they now are and how many holds were released.
 */
export async function releaseHolds(
  tx: DbExecutor,
  scope: ReleaseScope,
): Promise<{ levels: LevelStock[]; released: number }> {
  const expired = (at: SQL, ids: readonly number[]) =>
    sql`(${reservations.expiresAt} <= ${at} and ${reservations.variantId} = any(${idArray(ids)}))`;
  const which =
    'holder' in scope
      ? sql`(${reservations.holder} = ${scope.holder} or ${expired(sql`now()`, scope.expiredOf ?? [])})`
      : expired(timestamp(scope.expiredAt), scope.variantIds);
  const rows = await tx.execute(sql`
    /* releaseHolds */
    with released as (
      update ${reservations} set ${column(reservations.state)} = 'released'
       where ${reservations.state} = 'held' and ${which}
      returning ${reservations.variantId} as variant_id, ${reservations.locationId} as location_id, ${reservations.quantity} as quantity
    ), per_level as (
      select variant_id, location_id, sum(quantity)::int as quantity, count(*)::int as holds
        from released group by variant_id, location_id
    ), updated as (
      update ${levels} set ${column(levels.reserved)} = ${levels.reserved} - per_level.quantity
        from per_level
       where ${levels.variantId} = per_level.variant_id and ${levels.locationId} = per_level.location_id
      returning ${levels.variantId} as "variantId", ${levels.locationId} as "locationId",
                ${levels.onHand} as "onHand", ${levels.reserved} as reserved, per_level.holds
    )
    select * from updated`);
  const parsed = z.array(levelRow.extend({ holds: z.number().int() })).parse([...rows]);
  return {
    levels: parsed.map(({ holds: _holds, ...level }) => level),
    released: parsed.reduce((sum, row) => sum + row.holds, 0),
  };
}

/** A re-started checkout replaces its holds: the ones it released itself are forgotten. */
export async function deleteReleasedHolds(tx: DbExecutor, holder: string): Promise<void> {
  await tx.execute(sql`
    /* deleteReleasedHolds */
    delete from ${reservations} where ${reservations.holder} = ${holder} and ${reservations.state} = 'released'`);
}

/**
 * Records the holds and adds them to `reserved` in one statement; each level only while it
 * still has the units (the CHECK reserved <= on_hand is the backstop). Returns how many levels
 * took their share: fewer than asked means the caller must abort the transaction.
 */
export async function insertHolds(
  tx: DbExecutor,
  holder: string,
  expiresAt: Date,
  allocations: readonly Allocation[],
): Promise<number> {
  if (allocations.length === 0) return 0;
  const rows = await tx.execute(sql`
    /* insertHolds */
    with allocation as (
      select * from json_to_recordset(${JSON.stringify(allocations)}::json)
        as a("variantId" bigint, "locationId" int, quantity int)
    ), inserted as (
      insert into ${reservations} (${column(reservations.holder)}, ${column(reservations.variantId)},
             ${column(reservations.locationId)}, ${column(reservations.quantity)}, ${column(reservations.expiresAt)})
      select ${holder}, "variantId", "locationId", quantity, ${timestamp(expiresAt)} from allocation
    ), updated as (
      update ${levels} set ${column(levels.reserved)} = ${levels.reserved} + allocation.quantity
        from allocation
       where ${levels.variantId} = allocation."variantId" and ${levels.locationId} = allocation."locationId"
         and ${levels.reserved} + allocation.quantity <= ${levels.onHand}
      returning 1
    )
    select count(*)::int as count from updated`);
  return countRow.parse(rows[0]).count;
}

/** Turns the holder's held holds into a sale: on hand and reserved both go down by the units. */
export async function commitHolds(tx: DbExecutor, holder: string): Promise<number> {
  const rows = await tx.execute(sql`
    /* commitHolds */
    with committed as (
      update ${reservations} set ${column(reservations.state)} = 'committed'
       where ${reservations.holder} = ${holder} and ${reservations.state} = 'held'
      returning ${reservations.variantId} as variant_id, ${reservations.locationId} as location_id, ${reservations.quantity} as quantity
    ), per_level as (
      select variant_id, location_id, sum(quantity)::int as quantity from committed group by variant_id, location_id
    ), updated as (
      update ${levels} set ${column(levels.onHand)} = ${levels.onHand} - per_level.quantity,
                           ${column(levels.reserved)} = ${levels.reserved} - per_level.quantity
        from per_level
       where ${levels.variantId} = per_level.variant_id and ${levels.locationId} = per_level.location_id
      returning 1
    )
    select (select count(*)::int from committed) as count`);
  return countRow.parse(rows[0]).count;
}

/** How many released holds the holder has: a sale cannot include them any more. */
export async function countReleasedHolds(tx: DbExecutor, holder: string): Promise<number> {
  const rows = await tx.execute(sql`
    /* countReleasedHolds */
    select count(*)::int as count from ${reservations}
     where ${reservations.holder} = ${holder} and ${reservations.state} = 'released'`);
  return countRow.parse(rows[0]).count;
}

/** Moves the expiry of the holder's live holds; holds already past their time stay as they are. */
export async function extendHolds(tx: DbExecutor, holder: string, expiresAt: Date): Promise<number> {
  const rows = await tx.execute(sql`
    /* extendHolds */
    with extended as (
      update ${reservations} set ${column(reservations.expiresAt)} = ${timestamp(expiresAt)}
       where ${reservations.holder} = ${holder} and ${reservations.state} = 'held' and ${reservations.expiresAt} > now()
      returning 1
    )
    select count(*)::int as count from extended`);
  return countRow.parse(rows[0]).count;
}

const purchaseLimitRow = z.object({
  variantId: z.coerce.number().int(),
  tracked: z.boolean(),
  available: z.number().int(),
  maxPerOrder: z.number().int().nullable(),
});

/** What a shopper may put in one order, per variant: free units and the purchase cap. */
export async function findPurchaseLimits(db: DbExecutor, variantIds: readonly number[]) {
  if (variantIds.length === 0) return [];
  const rows = await db.execute(sql`
    /* findPurchaseLimits */
    select ${items.variantId} as "variantId", ${items.tracked} as tracked, ${items.maxPerOrder} as "maxPerOrder",
           greatest(coalesce(s.free, 0), 0)::int as available
      from ${items}
      left join lateral (
        select sum(${levels.onHand} - ${levels.reserved}) as free from ${levels} where ${levels.variantId} = ${items.variantId}
      ) s on true
     where ${items.variantId} = any(${idArray(variantIds)})`);
  return z.array(purchaseLimitRow).parse([...rows]);
}

export async function findDefaultLocationId(db: DbExecutor): Promise<number | null> {
  const rows = await db.execute(sql`/* findDefaultLocationId */ select min(${locations.id}) as id from ${locations}`);
  return z.object({ id: z.number().int().nullable() }).parse(rows[0]).id;
}

/**
 * Sets on hand per level (creating a missing level), each only while it stays at or above what
 * that level has reserved. Returns the levels that took the new figure.
 */
export async function setLevelsOnHand(
  tx: DbExecutor,
  variantId: number,
  targets: ReadonlyArray<{ locationId: number; onHand: number }>,
): Promise<LevelStock[]> {
  if (targets.length === 0) return [];
  const rows = await tx.execute(sql`
    /* setLevelsOnHand */
    insert into ${levels} (${column(levels.variantId)}, ${column(levels.locationId)}, ${column(levels.onHand)})
    select ${variantId}, "locationId", "onHand"
      from json_to_recordset(${JSON.stringify(targets)}::json) as t("locationId" int, "onHand" int)
    on conflict (${column(levels.variantId)}, ${column(levels.locationId)}) do update
       set ${column(levels.onHand)} = excluded.${column(levels.onHand)}
     where ${levels.reserved} <= excluded.${column(levels.onHand)}
    returning ${levels.variantId} as "variantId", ${levels.locationId} as "locationId",
              ${levels.onHand} as "onHand", ${levels.reserved} as reserved`);
  return z.array(levelRow).parse([...rows]);
}
