import { randomBytes } from 'node:crypto';
import { between, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../platform/db/client.js';
import { findQueuedJobs } from '../../platform/queue/queued-jobs.js';
import { commitHold, extendHold, findPurchaseLimits, releaseExpiredHolds, releaseHold, reserveStock } from './index.js';
import { items, levels, locations, reservations } from './tables.js';

// The ledger straight on the run's database, in real concurrent transactions. Each test makes
// variants of its own (ids far above the seed's, which no other test file reads), so the
// figures are exact although other files use the same database at the same time.
// Every shopper's transaction waits for a connection: the test is about locks, not load shedding.
const database = connectDatabase(inject('databaseUrl'), { max: 24, queueLimit: 1000 });
const db = database.db;
// The variants made here go again, so they never show up in another file's "every item".
afterAll(async () => {
  await db.delete(items).where(between(items.variantId, FIRST_VARIANT_ID, FIRST_VARIANT_ID + 9_999));
  await database.close();
});

let locationIds: number[] = [];
const FIRST_VARIANT_ID = 900_000_000 + (process.pid % 1000) * 10_000;
let nextVariantId = FIRST_VARIANT_ID;
beforeAll(async () => {
  locationIds = (await db.select({ id: locations.id }).from(locations).orderBy(locations.id)).map((row) => row.id);
  expect(locationIds.length).toBeGreaterThanOrEqual(2);
});

/** A tracked variant with the given on-hand units per location (lowest location id first). */
async function makeVariant(onHand: number[], options: { maxPerOrder?: number; tracked?: boolean } = {}) {
  const variantId = nextVariantId++;
  await db.insert(items).values({
    variantId,
    productId: variantId,
    tracked: options.tracked ?? true,
    maxPerOrder: options.maxPerOrder ?? null,
  });
  await db
    .insert(levels)
    .values(onHand.map((units, index) => ({ variantId, locationId: locationIds[index]!, onHand: units })));
  return variantId;
}

async function stockOf(variantId: number) {
  const rows = await db
    .select({ onHand: levels.onHand, reserved: levels.reserved })
    .from(levels)
    .where(eq(levels.variantId, variantId));
  const held = await db.execute<{ held: number }>(sql`
    select coalesce(sum(${reservations.quantity}), 0)::int as held from ${reservations}
     where ${reservations.variantId} = ${variantId} and ${reservations.state} = 'held'`);
  return {
    onHand: rows.reduce((sum, row) => sum + row.onHand, 0),
    reserved: rows.reduce((sum, row) => sum + row.reserved, 0),
    held: held[0]!.held,
  };
}

const holder = () => randomBytes(16).toString('base64url');
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('reserveStock under concurrency', () => {
  it('200 shoppers for 20 units: exactly 20 holds, stock never oversold', async () => {
    const variantId = await makeVariant([12, 8]);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        db.transaction((tx) => reserveStock(tx, holder(), [{ variantId, quantity: 1 }], inMinutes(10))),
      ),
    );
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const outcomes = results.map((result) => (result as PromiseFulfilledResult<{ ok: boolean }>).value);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(20);
    expect(outcomes.filter((outcome) => !outcome.ok)[0]).toEqual({
      ok: false,
      shortfalls: [{ variantId, requested: 1, available: 0, reason: 'NOT_ENOUGH_STOCK' }],
    });
    expect(await stockOf(variantId)).toEqual({ onHand: 20, reserved: 20, held: 20 });
  });

  it('two-line holds over the same variants in opposite order: no deadlock, consistent totals', async () => {
    const [a, b] = [await makeVariant([60, 40]), await makeVariant([100])];
    const reserve = (lines: Array<{ variantId: number; quantity: number }>) =>
      db.transaction((tx) => reserveStock(tx, holder(), lines, inMinutes(10)));
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => [
        reserve([
          { variantId: a, quantity: 1 },
          { variantId: b, quantity: 1 },
        ]),
        reserve([
          { variantId: b, quantity: 1 },
          { variantId: a, quantity: 1 },
        ]),
      ]).flat(),
    );
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(results.every((result) => result.status === 'fulfilled' && result.value.ok)).toBe(true);
    expect(await stockOf(a)).toEqual({ onHand: 100, reserved: 100, held: 100 });
    expect(await stockOf(b)).toEqual({ onHand: 100, reserved: 100, held: 100 });
  });

  it('a re-started checkout replaces its holds instead of adding to them', async () => {
    const variantId = await makeVariant([5]);
    const checkout = holder();
    await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId, quantity: 3 }], inMinutes(10)));
    expect(
      await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId, quantity: 4 }], inMinutes(10))),
    ).toEqual({ ok: true });
    expect(await stockOf(variantId)).toEqual({ onHand: 5, reserved: 4, held: 4 });
  });

  it('holds nothing for untracked items and refuses unknown variants', async () => {
    const untracked = await makeVariant([0], { tracked: false });
    const checkout = holder();
    expect(
      await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId: untracked, quantity: 7 }], inMinutes(10))),
    ).toEqual({ ok: true });
    expect(await stockOf(untracked)).toEqual({ onHand: 0, reserved: 0, held: 0 });
    expect(
      await db.transaction((tx) => reserveStock(tx, holder(), [{ variantId: 899_999_999, quantity: 1 }], inMinutes(1))),
    ).toEqual({
      ok: false,
      shortfalls: [{ variantId: 899_999_999, requested: 1, available: 0, reason: 'UNKNOWN_VARIANT' }],
    });
  });

  it('enforces the maximum per order, over all lines of the variant', async () => {
    const variantId = await makeVariant([50], { maxPerOrder: 2 });
    const checkout = holder();
    const result = await db.transaction((tx) =>
      reserveStock(
        tx,
        checkout,
        [
          { variantId, quantity: 2 },
          { variantId, quantity: 1 },
        ],
        inMinutes(10),
      ),
    );
    expect(result).toEqual({
      ok: false,
      shortfalls: [{ variantId, requested: 3, available: 2, reason: 'OVER_MAX_PER_ORDER' }],
    });
    expect(await stockOf(variantId)).toEqual({ onHand: 50, reserved: 0, held: 0 });
    expect((await findPurchaseLimits(db, [variantId])).get(variantId)).toEqual({
      tracked: true,
      available: 50,
      maxPerOrder: 2,
    });
  });
});

describe('holds over time', () => {
  it('expiry gives the stock back, and an expired hold cannot be sold or extended', async () => {
    const variantId = await makeVariant([2]);
    const checkout = holder();
    await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId, quantity: 2 }], new Date(Date.now() - 1000)));
    expect(await stockOf(variantId)).toEqual({ onHand: 2, reserved: 2, held: 2 });
    expect(await db.transaction((tx) => extendHold(tx, checkout, inMinutes(5)))).toBe(false);

    expect(await db.transaction((tx) => releaseExpiredHolds(tx, new Date()))).toBeGreaterThanOrEqual(1);
    expect(await stockOf(variantId)).toEqual({ onHand: 2, reserved: 0, held: 0 });
    expect(await db.transaction((tx) => commitHold(tx, checkout))).toEqual({ ok: false });
    expect(await stockOf(variantId)).toEqual({ onHand: 2, reserved: 0, held: 0 });
  });

  it('another shopper takes expired units at once, without waiting for the sweep', async () => {
    const variantId = await makeVariant([1]);
    const [late, early] = [holder(), holder()];
    await db.transaction((tx) => reserveStock(tx, late, [{ variantId, quantity: 1 }], new Date(Date.now() - 1000)));
    expect(await db.transaction((tx) => reserveStock(tx, early, [{ variantId, quantity: 1 }], inMinutes(10)))).toEqual({
      ok: true,
    });
    expect(await stockOf(variantId)).toEqual({ onHand: 1, reserved: 1, held: 1 });
    expect(await db.transaction((tx) => commitHold(tx, late))).toEqual({ ok: false });
  });

  it('extends live holds only', async () => {
    const variantId = await makeVariant([3]);
    const checkout = holder();
    await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId, quantity: 1 }], inMinutes(1)));
    const until = inMinutes(30);
    expect(await db.transaction((tx) => extendHold(tx, checkout, until))).toBe(true);
    const [hold] = await db.select().from(reservations).where(eq(reservations.holder, checkout));
    expect(hold!.expiresAt.getTime()).toBe(until.getTime());
    expect(await db.transaction((tx) => extendHold(tx, holder(), until))).toBe(false);
  });

  it('commit turns holds into a sale once; a second commit and a later release change nothing', async () => {
    const variantId = await makeVariant([2, 3]);
    const checkout = holder();
    await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId, quantity: 4 }], inMinutes(10)));
    expect(await db.transaction((tx) => commitHold(tx, checkout))).toEqual({ ok: true });
    expect(await stockOf(variantId)).toEqual({ onHand: 1, reserved: 0, held: 0 });
    expect(await db.transaction((tx) => commitHold(tx, checkout))).toEqual({ ok: true });
    await db.transaction((tx) => releaseHold(tx, checkout));
    await db.transaction((tx) => releaseExpiredHolds(tx, inMinutes(60)));
    expect(await stockOf(variantId)).toEqual({ onHand: 1, reserved: 0, held: 0 });
  });

  it('release gives the units back and is idempotent', async () => {
    const variantId = await makeVariant([4]);
    const checkout = holder();
    await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId, quantity: 3 }], inMinutes(10)));
    await db.transaction((tx) => releaseHold(tx, checkout));
    await db.transaction((tx) => releaseHold(tx, checkout));
    expect(await stockOf(variantId)).toEqual({ onHand: 4, reserved: 0, held: 0 });
  });
});

describe('availability follows stock', () => {
  it('queues a catalog sync in the same transaction when a variant sells out or comes back', async () => {
    const variantId = await makeVariant([1]);
    const syncsOf = async () =>
      (await findQueuedJobs(db, { task: 'inventory.sync-availability' })).filter((job) =>
        (job.payload as { variantIds: number[] }).variantIds.includes(variantId),
      ).length;
    const checkout = holder();
    await db.transaction((tx) => reserveStock(tx, checkout, [{ variantId, quantity: 1 }], inMinutes(10)));
    expect(await syncsOf()).toBe(1);
    await db.transaction((tx) => releaseHold(tx, checkout));
    expect(await syncsOf()).toBe(2);
    // No flip (2 of 3 left free), no job.
    const roomy = await makeVariant([3]);
    await db.transaction((tx) => reserveStock(tx, holder(), [{ variantId: roomy, quantity: 1 }], inMinutes(10)));
    const roomyJobs = (await findQueuedJobs(db, { task: 'inventory.sync-availability' })).filter((job) =>
      (job.payload as { variantIds: number[] }).variantIds.includes(roomy),
    );
    expect(roomyJobs).toEqual([]);
  });
});

describe('the CHECK backstop', () => {
  it('rejects a direct attempt to reserve or sell more than is on hand', async () => {
    const variantId = await makeVariant([2]);
    const violated = (change: ReturnType<typeof sql>) =>
      db.execute(sql`update ${levels} set ${change} where ${levels.variantId} = ${variantId}`).then(
        () => 'accepted',
        (error: { cause?: { constraint_name?: string } }) => error.cause?.constraint_name,
      );
    expect(await violated(sql`reserved = on_hand + 1`)).toBe('levels_reserved_within_on_hand');
    expect(await violated(sql`on_hand = 1, reserved = reserved + 1`)).toBe('accepted');
    expect(await violated(sql`on_hand = on_hand - 1`)).toBe('levels_reserved_within_on_hand');
    expect(await violated(sql`on_hand = -1, reserved = 0`)).toBe('levels_on_hand_nonnegative');
    await violated(sql`on_hand = 2, reserved = 0`);
    expect(await stockOf(variantId)).toEqual({ onHand: 2, reserved: 0, held: 0 });
    await db.delete(items).where(inArray(items.variantId, [variantId]));
  });
});
