import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { refreshProductDerivedColumns } from './import.js';

export interface VariantAvailability {
  variantId: number;
  available: boolean;
}

/**
 * Updates the catalog's copy of availability (docs/adr/0002) for the given variants, then re-derives
 * product availability for the products that changed. Inventory calls this whenever stock moves
 * a variant between sold out and for sale, in the transaction that moved it.
 * Returns the ids of products whose variants changed.
 */
export async function applyVariantAvailability(db: DbExecutor, changes: readonly VariantAvailability[]): Promise<number[]> {
  if (changes.length === 0) return [];
  const rows = await db.execute<{ product_id: string }>(sql`
    UPDATE catalog.variants v SET available = c.available
      FROM json_to_recordset(${JSON.stringify(changes)}::json) AS c("variantId" bigint, available boolean)
     WHERE v.id = c."variantId" AND v.available IS DISTINCT FROM c.available
    RETURNING v.product_id`);
  const productIds = [...new Set(rows.map((row) => Number(row.product_id)))];
  await refreshProductDerivedColumns(db, productIds);
  return productIds;
}
