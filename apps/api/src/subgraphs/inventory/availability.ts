import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { findStock } from './repository.js';
import { isAvailableForSale } from './rules.js';

/**
 * Whether each variant can be bought now, by the same rule that answers `availableForSale`:
 * for the given variants, or for every variant when none are given.
 */
export async function listVariantAvailability(
  db: DbExecutor,
  variantIds?: readonly number[],
): Promise<Array<{ variantId: number; available: boolean }>> {
  const stock = variantIds ? await findStock(db, 'variant', variantIds) : await findStock(db, 'all');
  return stock.map((row) => ({ variantId: row.variantId, available: isAvailableForSale(row) }));
}
