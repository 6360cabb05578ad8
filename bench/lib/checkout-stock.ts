// Stock before and sales after a checkout run, read from and written to the bench's own database
// directly: the figures that prove "never oversold" must not come from the API under test.
import { and, eq, gte, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import { connectDatabase } from '../../apps/api/src/platform/db/client.js';
import { orderLines, orders } from '../../apps/api/src/subgraphs/checkout/tables.js';
import { variants } from '../../apps/api/src/subgraphs/catalog/tables.js';
import { items, levels, reservations } from '../../apps/api/src/subgraphs/inventory/tables.js';

/** `count` variants for sale with a stock level, spread evenly over the catalog (ids ascending). */
export async function pickVariants(databaseUrl: string, count: number): Promise<number[]> {
  const database = connectDatabase(databaseUrl, { max: 1 });
  try {
    const rows = await database.db
      .selectDistinct({ id: variants.id })
      .from(variants)
      .innerJoin(items, eq(items.variantId, variants.id))
      .innerJoin(levels, eq(levels.variantId, variants.id))
      .where(eq(variants.available, true))
      .orderBy(variants.id);
    if (rows.length < count)
      throw new Error(`the catalog has ${rows.length} variants for sale; the bench needs ${count}`);
    const step = rows.length / count;
    return Array.from({ length: count }, (_, i) => rows[Math.floor(i * step)]!.id);
  } finally {
    await database.close();
  }
}

/**
 * Gives each variant exactly `units` on hand, all at its first location, none reserved, tracked and
 * without a purchase cap (before any shopper arrives). Returns the database's clock at that moment:
 * orders from then on are this run's (a reused BENCH_DATABASE_URL holds older ones).
 */
export async function setStock(databaseUrl: string, stock: Map<number, number>): Promise<Date> {
  const database = connectDatabase(databaseUrl, { max: 1 });
  try {
    const variantIds = [...stock.keys()];
    return await database.db.transaction(async (tx) => {
      await tx.delete(reservations).where(inArray(reservations.variantId, variantIds));
      await tx.update(items).set({ tracked: true, maxPerOrder: null }).where(inArray(items.variantId, variantIds));
      await tx.update(levels).set({ onHand: 0, reserved: 0 }).where(inArray(levels.variantId, variantIds));
      const firstLocations = await tx
        .select({ variantId: levels.variantId, locationId: sql<number>`min(${levels.locationId})`.mapWith(Number) })
        .from(levels)
        .where(inArray(levels.variantId, variantIds))
        .groupBy(levels.variantId);
      if (firstLocations.length !== variantIds.length)
        throw new Error(`${variantIds.length - firstLocations.length} of the chosen variants have no stock level`);
      for (const { variantId, locationId } of firstLocations) {
        await tx
          .update(levels)
          .set({ onHand: stock.get(variantId)! })
          .where(and(eq(levels.variantId, variantId), eq(levels.locationId, locationId)));
      }
      const [{ now }] = (await tx.execute(sql`select now() as now`)) as unknown as [{ now: Date | string }];
      return new Date(now);
    });
  } finally {
    await database.close();
  }
}

export interface SalesCheck {
  orders: number;
  unitsSold: number;
  /** Units sold beyond a variant's initial stock, summed over the variants: must be 0. */
  oversold: number;
  /** Variants whose on hand is not initial − sold (stock lost or counted twice). */
  stockMismatches: Array<{ variantId: number; initial: number; sold: number; onHand: number }>;
  /** Units still reserved at the end (shoppers who stopped between start and complete). */
  stillReserved: number;
  /** Orders for the contended variant, and its units left. */
  contended: { sold: number; onHand: number };
}

/** Counts orders, units sold per variant and the stock left, against the stock `setStock` gave them. */
export async function checkSales(
  databaseUrl: string,
  initial: Map<number, number>,
  contendedVariantId: number,
  since: Date,
): Promise<SalesCheck> {
  const database = connectDatabase(databaseUrl, { max: 1 });
  try {
    const variantIds = [...initial.keys()];
    const sold = await database.db
      .select({
        variantId: orderLines.variantId,
        units: sql<number>`sum(${orderLines.quantity})`.mapWith(Number),
      })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(and(gte(orders.createdAt, since), inArray(orderLines.variantId, variantIds)))
      .groupBy(orderLines.variantId);
    const left = await database.db
      .select({
        variantId: levels.variantId,
        onHand: sql<number>`sum(${levels.onHand})`.mapWith(Number),
        reserved: sql<number>`sum(${levels.reserved})`.mapWith(Number),
      })
      .from(levels)
      .where(inArray(levels.variantId, variantIds))
      .groupBy(levels.variantId);
    const [{ count }] = (await database.db
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(orders)
      .where(gte(orders.createdAt, since))) as [{ count: number }];
    // Lines for variants outside the bench's set would mean the wrong variant was sold.
    const [{ foreign }] = (await database.db
      .select({ foreign: sql<number>`count(*)`.mapWith(Number) })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(
        and(
          gte(orders.createdAt, since),
          or(isNull(orderLines.variantId), notInArray(orderLines.variantId, variantIds)),
        ),
      )) as [{ foreign: number }];
    if (foreign > 0) throw new Error(`${foreign} order lines are for variants the bench did not stock`);

    const soldBy = new Map(sold.map((row) => [Number(row.variantId), row.units]));
    const leftBy = new Map(left.map((row) => [Number(row.variantId), row]));
    let oversold = 0;
    let stillReserved = 0;
    const stockMismatches: SalesCheck['stockMismatches'] = [];
    for (const [variantId, units] of initial) {
      const unitsSold = soldBy.get(variantId) ?? 0;
      const level = leftBy.get(variantId) ?? { onHand: 0, reserved: 0 };
      oversold += Math.max(0, unitsSold - units);
      stillReserved += level.reserved;
      if (level.onHand !== units - unitsSold)
        stockMismatches.push({ variantId, initial: units, sold: unitsSold, onHand: level.onHand });
    }
    return {
      orders: count,
      unitsSold: [...soldBy.values()].reduce((sum, units) => sum + units, 0),
      oversold,
      stockMismatches,
      stillReserved,
      contended: {
        sold: soldBy.get(contendedVariantId) ?? 0,
        onHand: leftBy.get(contendedVariantId)?.onHand ?? 0,
      },
    };
  } finally {
    await database.close();
  }
}
