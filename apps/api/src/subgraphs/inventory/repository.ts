import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { idArray } from '../../platform/db/id-array.js';
import type { VariantStock } from './rules.js';

/**
 * Stock per variant summed over locations: for the given variants, every variant of the given
 * products, or every item there is. Written as plain SQL with aliases: each variant's levels
 * are summed by a lateral lookup on the levels primary key, never a scan of all levels.
 */
export async function findStock(db: DbExecutor, by: 'variant' | 'product' | 'all', ids: readonly number[] = []): Promise<VariantStock[]> {
  const where = by === 'all' ? sql`true` : by === 'variant' ? sql`i.variant_id = any(${idArray(ids)})` : sql`i.product_id = any(${idArray(ids)})`;
  const rows = await db.execute<{ variant_id: string; product_id: string; tracked: boolean; on_hand: number; reserved: number }>(sql`
    select i.variant_id, i.product_id, i.tracked,
           coalesce(s.on_hand, 0)::int as on_hand, coalesce(s.reserved, 0)::int as reserved
      from inventory.items i
      left join lateral (
        select sum(l.on_hand) as on_hand, sum(l.reserved) as reserved
          from inventory.levels l where l.variant_id = i.variant_id
      ) s on true
     where ${where}`);
  return rows.map((row) => ({
    variantId: Number(row.variant_id),
    productId: Number(row.product_id),
    tracked: row.tracked,
    onHand: row.on_hand,
    reserved: row.reserved,
  }));
}
