import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import { recordInvalidation } from '../../../platform/outbox/index.js';
import { findCollectionsOfProducts } from './repository.js';

/**
 * The cache tags of pages that show these products: each product's page and every collection
 * holding it (a price that crosses a filter bound moves the product into or out of filtered
 * listings of those collections; a title or stock change shows in their grids).
 */
export async function invalidationTagsForProducts(db: DbExecutor, productIds: readonly number[]): Promise<string[]> {
  if (productIds.length === 0) return [];
  const memberships = await findCollectionsOfProducts(db, productIds);
  return [
    ...new Set([
      ...productIds.map((id) => `product:${id}`),
      ...memberships.map((row) => `collection:${row.collectionId}`),
    ]),
  ];
}

/**
 * Records, in `tx`, that pages showing these products must render afresh once it commits, and
 * that cached answers showing `variantIds` (whose prices changed) are stale: an answer about a
 * variant alone (`node(id:)`) names no product.
 */
export async function invalidateProducts(
  tx: DbExecutor,
  productIds: readonly number[],
  reason: string,
  variantIds: readonly number[] = [],
): Promise<void> {
  const tags = [
    ...(await invalidationTagsForProducts(tx, productIds)),
    ...variantIds.map((variantId) => `variant:${variantId}`),
  ];
  if (tags.length > 0) await recordInvalidation(tx, tags, reason);
}
