import { asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import { idArray } from '../../../platform/db/id-array.js';
import { collectionProducts, products, variants } from '../tables.js';
import type { CheckedPrice, ProductChanges } from './rules.js';

// The merchandising writes. Each runs inside the caller's transaction.

/** Locks the product row (concurrent edits of one product take turns); false when it does not exist. */
export async function lockProduct(tx: DbExecutor, productId: number): Promise<boolean> {
  const rows = await tx.select({ id: products.id }).from(products).where(eq(products.id, productId)).for('update');
  return rows.length > 0;
}

/** The product of each variant that exists, in one statement. */
export function findVariantProducts(
  tx: DbExecutor,
  variantIds: readonly number[],
): Promise<{ variantId: number; productId: number }[]> {
  return tx
    .select({ variantId: variants.id, productId: variants.productId })
    .from(variants)
    .where(sql`${variants.id} = any(${idArray(variantIds)})`);
}

export async function updateProductText(tx: DbExecutor, productId: number, changes: ProductChanges): Promise<void> {
  // The search vector is a generated column: it follows title, tags and description by itself.
  await tx
    .update(products)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(products.id, productId));
}

export async function setVariantPrices(tx: DbExecutor, prices: readonly CheckedPrice[]): Promise<void> {
  const change = sql`json_to_recordset(${JSON.stringify(prices)}::json) as change("variantId" bigint, price numeric, "compareAtPrice" numeric)`;
  await tx
    .update(variants)
    .set({ price: sql`change.price`, compareAtPrice: sql`change."compareAtPrice"` })
    .from(change)
    .where(sql`${variants.id} = change."variantId"`);
}

export async function touchProduct(tx: DbExecutor, productId: number): Promise<void> {
  await tx
    .update(products)
    .set({ updatedAt: sql`now()` })
    .where(eq(products.id, productId));
}

/** Collections holding each product, by product. */
export function findCollectionsOfProducts(
  db: DbExecutor,
  productIds: readonly number[],
): Promise<{ productId: number; collectionId: number }[]> {
  return db
    .select({ productId: collectionProducts.productId, collectionId: collectionProducts.collectionId })
    .from(collectionProducts)
    .where(sql`${collectionProducts.productId} = any(${idArray(productIds)})`)
    .orderBy(asc(collectionProducts.collectionId));
}
