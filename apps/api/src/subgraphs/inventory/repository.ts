import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { VariantStock } from './rules.js';
import { items, levels } from './tables.js';

const stockColumns = {
  variantId: items.variantId,
  productId: items.productId,
  tracked: items.tracked,
  onHand: sql<number>`coalesce(sum(${levels.onHand}), 0)::int`,
  reserved: sql<number>`coalesce(sum(${levels.reserved}), 0)::int`,
};

/** Stock per variant summed over locations, for the given variants. */
export function findStockByVariantIds(db: Db, variantIds: readonly number[]): Promise<VariantStock[]> {
  return db
    .select(stockColumns)
    .from(items)
    .leftJoin(levels, eq(levels.variantId, items.variantId))
    .where(inArray(items.variantId, [...variantIds]))
    .groupBy(items.variantId);
}

/** Stock per variant for every variant of the given products. */
export function findStockByProductIds(db: Db, productIds: readonly number[]): Promise<VariantStock[]> {
  return db
    .select(stockColumns)
    .from(items)
    .leftJoin(levels, eq(levels.variantId, items.variantId))
    .where(inArray(items.productId, [...productIds]))
    .groupBy(items.variantId);
}
