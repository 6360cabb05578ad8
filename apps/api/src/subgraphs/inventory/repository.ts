import { eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import type { VariantStock } from './rules.js';
import { items, levels } from './tables.js';

const stockColumns = {
  variantId: items.variantId,
  productId: items.productId,
  tracked: items.tracked,
  onHand: sql<number>`coalesce(sum(${levels.onHand}), 0)::int`,
  reserved: sql<number>`coalesce(sum(${levels.reserved}), 0)::int`,
};

/**
 * Stock per variant summed over locations: for the given variants, every variant of the given
 * products, or every item there is.
 */
export function findStock(db: DbExecutor, by: 'variant' | 'product' | 'all', ids: readonly number[] = []): Promise<VariantStock[]> {
  const where = by === 'all' ? undefined : inArray(by === 'variant' ? items.variantId : items.productId, [...ids]);
  return db
    .select(stockColumns)
    .from(items)
    .leftJoin(levels, eq(levels.variantId, items.variantId))
    .where(where)
    .groupBy(items.variantId);
}
