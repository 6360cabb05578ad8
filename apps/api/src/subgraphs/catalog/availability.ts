import { and, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { refreshProductDerivedColumns } from './import.js';
import { variants } from './tables.js';

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
export async function applyVariantAvailability(
  db: DbExecutor,
  changes: readonly VariantAvailability[],
): Promise<number[]> {
  if (changes.length === 0) return [];
  const change = sql`json_to_recordset(${JSON.stringify(changes)}::json) as change("variantId" bigint, available boolean)`;
  const rows = await db
    .update(variants)
    .set({ available: sql`change.available` })
    .from(change)
    .where(and(sql`${variants.id} = change."variantId"`, sql`${variants.available} is distinct from change.available`))
    .returning({ productId: variants.productId });
  const productIds = [...new Set(rows.map((row) => row.productId))];
  await refreshProductDerivedColumns(db, productIds);
  return productIds;
}
