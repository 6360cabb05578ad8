import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { idArray } from '../../platform/db/id-array.js';
import type { VariantStock } from './rules.js';
import { items, levels } from './tables.js';

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
