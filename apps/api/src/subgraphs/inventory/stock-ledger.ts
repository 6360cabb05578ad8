import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { followStockChange } from './stock-changes.js';
import { planHolds, type HoldItem, type HoldLine, type Shortfall } from './hold-rules.js';
import * as repository from './repository.js';

// The stock ledger (docs/adr/0011). Every function runs inside the caller's transaction and
// takes its locks in one order: the holder's advisory lock, then the level rows of every variant
// it may touch in ascending (variant_id, location_id) order in one statement, and only then the
// holds. Two checkouts over overlapping variants therefore queue on the first level they share
// instead of deadlocking, and the expiry sweep (no holder lock) fits the same order.

export type { HoldLine, Shortfall } from './hold-rules.js';

export type ReserveResult = { ok: true } | { ok: false; shortfalls: Shortfall[] };

/**
 * Holds the lines for `holder` (a checkout id) until `expiresAt`. Replaces any holds the holder
 * had (a re-started checkout), and first releases expired holds of these variants. Untracked
 * items take no hold. On a shortfall nothing is held for the holder; the caller decides whether
 * to commit that.
 */
export async function reserveStock(
  tx: DbExecutor,
  holder: string,
  lines: readonly HoldLine[],
  expiresAt: Date,
): Promise<ReserveResult> {
  await repository.lockHolder(tx, holder);
  const variantIds = [...new Set(lines.map((line) => line.variantId))];
  const items = await repository.findHoldItems(tx, variantIds);
  const tracked = items.filter((item) => item.tracked).map((item) => item.variantId);
  const previous = await repository.findHeldVariantIds(tx, holder);
  const before = await repository.lockLevels(tx, [...new Set([...tracked, ...previous])]);

  const stale = await repository.releaseHolds(tx, { holder, expiredOf: tracked });
  await repository.deleteReleasedHolds(tx, holder);
  const current = mergeLevels(before, stale.levels);
  const plan = planHolds(lines, new Map<number, HoldItem>(items.map((item) => [item.variantId, item])), current);

  let after = stale.levels;
  if (plan.ok) {
    const held = await repository.insertHolds(tx, holder, expiresAt, plan.allocations);
    if (held !== plan.allocations.length) {
      // Cannot happen while the levels are locked; throwing aborts the caller's transaction.
      throw new Error(`reserveStock: ${plan.allocations.length - held} level(s) changed under lock for ${holder}`);
    }
    after = applyAllocations(current, plan.allocations);
  }
  await followStockChange(tx, before, after);
  return plan.ok ? { ok: true } : { ok: false, shortfalls: plan.shortfalls };
}

/** Moves the expiry of the holder's live holds; false when it has none (expired or released). */
export async function extendHold(tx: DbExecutor, holder: string, expiresAt: Date): Promise<boolean> {
  await repository.lockHolder(tx, holder);
  await repository.lockLevels(tx, await repository.findHeldVariantIds(tx, holder));
  return (await repository.extendHolds(tx, holder, expiresAt)) > 0;
}

/**
 * Turns the holder's holds into a sale (on hand and reserved both go down, so what shoppers can
 * buy does not change). Idempotent: a second call commits nothing and answers the same. Not ok
 * when any of the holder's holds was released (expired or given back) before this: that stock
 * may have been sold to someone else, so the caller must not sell it.
 */
export async function commitHold(tx: DbExecutor, holder: string): Promise<{ ok: boolean }> {
  await repository.lockHolder(tx, holder);
  await repository.lockLevels(tx, await repository.findHeldVariantIds(tx, holder));
  if ((await repository.countReleasedHolds(tx, holder)) > 0) return { ok: false };
  await repository.commitHolds(tx, holder);
  return { ok: true };
}

/** Gives the holder's held units back. Idempotent; committed holds (sold stock) stay sold. */
export async function releaseHold(tx: DbExecutor, holder: string): Promise<void> {
  await repository.lockHolder(tx, holder);
  const before = await repository.lockLevels(tx, await repository.findHeldVariantIds(tx, holder));
  const { levels } = await repository.releaseHolds(tx, { holder });
  await followStockChange(tx, before, levels);
}

// Expired holds are released a batch of variants at a time, so one sweep never locks the
// whole stock; the sweep runs again until a batch comes back short.
export const EXPIRY_BATCH_VARIANTS = 500;

/** Releases held holds past `now` for up to one batch of variants; returns how many holds. */
export async function releaseExpiredHolds(tx: DbExecutor, now: Date): Promise<number> {
  const variantIds = await repository.findExpiredHeldVariantIds(tx, now, EXPIRY_BATCH_VARIANTS);
  if (variantIds.length === 0) return 0;
  const before = await repository.lockLevels(tx, variantIds);
  const { levels, released } = await repository.releaseHolds(tx, { expiredAt: now, variantIds });
  await followStockChange(tx, before, levels);
  return released;
}

export interface PurchaseLimit {
  tracked: boolean;
  /** Units free now over all locations (0 when sold out; meaningless when untracked). */
  available: number;
  maxPerOrder: number | null;
}

/** Per known variant: whether stock is tracked, what is free now and the purchase cap. */
export async function findPurchaseLimits(
  db: DbExecutor,
  variantIds: readonly number[],
): Promise<Map<number, PurchaseLimit>> {
  const rows = await repository.findPurchaseLimits(db, [...new Set(variantIds)]);
  return new Map(rows.map(({ variantId, ...limit }) => [variantId, limit]));
}

type Level = Awaited<ReturnType<typeof repository.lockLevels>>[number];
const levelKey = (level: { variantId: number; locationId: number }) => `${level.variantId}:${level.locationId}`;

function mergeLevels(base: readonly Level[], changed: readonly Level[]): Level[] {
  const byKey = new Map(base.map((level) => [levelKey(level), level]));
  for (const level of changed) byKey.set(levelKey(level), level);
  return [...byKey.values()];
}

function applyAllocations(
  levels: readonly Level[],
  allocations: ReadonlyArray<{ variantId: number; locationId: number; quantity: number }>,
): Level[] {
  const taken = new Map(allocations.map((allocation) => [levelKey(allocation), allocation.quantity]));
  return levels.map((level) => ({ ...level, reserved: level.reserved + (taken.get(levelKey(level)) ?? 0) }));
}
