import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { idArray } from '../../platform/db/id-array.js';
import {
  collectionProducts,
  collections,
  images,
  productColumns,
  products,
  shop,
  variants,
  type CollectionRow,
  type ImageRow,
  type ProductRow,
  type ShopRow,
  type VariantRow,
} from './tables.js';

// Batch-shaped lookups for the loaders: one statement for any number of keys.

export function findProductsByIds(db: Db, ids: readonly number[]): Promise<ProductRow[]> {
  return db
    .select(productColumns)
    .from(products)
    .where(sql`${products.id} = any(${idArray(ids)})`);
}

export function findProductsByHandles(db: Db, handles: readonly string[]): Promise<ProductRow[]> {
  return db
    .select(productColumns)
    .from(products)
    .where(inArray(products.handle, [...handles]));
}

export function findVariantsByIds(db: Db, ids: readonly number[]): Promise<VariantRow[]> {
  return db
    .select()
    .from(variants)
    .where(sql`${variants.id} = any(${idArray(ids)})`);
}

export function findVariantsByProductIds(db: Db, productIds: readonly number[]): Promise<VariantRow[]> {
  return db
    .select()
    .from(variants)
    .where(sql`${variants.productId} = any(${idArray(productIds)})`)
    .orderBy(asc(variants.position), asc(variants.id));
}

export function findImagesByIds(db: Db, ids: readonly number[]): Promise<ImageRow[]> {
  return db
    .select()
    .from(images)
    .where(sql`${images.id} = any(${idArray(ids)})`);
}

export function findImagesByProductIds(db: Db, productIds: readonly number[]): Promise<ImageRow[]> {
  return db
    .select()
    .from(images)
    .where(sql`${images.productId} = any(${idArray(productIds)})`)
    .orderBy(asc(images.position), asc(images.id));
}

export function findCollectionsByIds(db: Db, ids: readonly number[]): Promise<CollectionRow[]> {
  return db
    .select()
    .from(collections)
    .where(sql`${collections.id} = any(${idArray(ids)})`);
}

export function findCollectionsByHandles(db: Db, handles: readonly string[]): Promise<CollectionRow[]> {
  return db
    .select()
    .from(collections)
    .where(inArray(collections.handle, [...handles]));
}

/** Memberships of the given products, each with its collection, collections A to Z. */
export async function findCollectionsByProductIds(
  db: Db,
  productIds: readonly number[],
): Promise<Array<{ productId: number; collection: CollectionRow }>> {
  return db
    .select({ productId: collectionProducts.productId, collection: collections })
    .from(collectionProducts)
    .innerJoin(collections, eq(collections.id, collectionProducts.collectionId))
    .where(sql`${collectionProducts.productId} = any(${idArray(productIds)})`)
    .orderBy(asc(collections.title), asc(collections.id));
}

/** Collections A to Z by keyset, one more than asked (see `toConnection`). */
export function findCollectionPage(
  db: Db,
  page: { size: number; after: { title: string; id: number } | null },
): Promise<CollectionRow[]> {
  const after = page.after
    ? sql`(${collections.title}, ${collections.id}) > (${page.after.title}, ${page.after.id})`
    : sql`true`;
  return db
    .select()
    .from(collections)
    .where(after)
    .orderBy(asc(collections.title), asc(collections.id))
    .limit(page.size + 1);
}

export async function findShop(db: Db): Promise<ShopRow | null> {
  const [row] = await db.select().from(shop).limit(1);
  return row ?? null;
}
