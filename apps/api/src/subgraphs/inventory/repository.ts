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

/** Stock per variant summed over locations, for the given variants or every variant of the given products. */
export function findStock(db: Db, by: 'variant' | 'product', ids: readonly number[]): Promise<VariantStock[]> {
  return db
    .select(stockColumns)
    .from(items)
    .leftJoin(levels, eq(levels.variantId, items.variantId))
    .where(inArray(by === 'variant' ? items.variantId : items.productId, [...ids]))
    .groupBy(items.variantId);
}
