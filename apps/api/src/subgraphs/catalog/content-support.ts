import { asc, isNotNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { idArray } from '../../platform/db/id-array.js';
import { collections, images, products } from './tables.js';

// What the content domain needs from the catalog: which referenced products and collections
// still exist (a deleted one is left out of a page, never an error), the images a hero block
// shows (content builds their URLs with the catalog's own imageUrl, so both give the same
// links), and real ids for the demo pages.

/** The ids among `ids` that name an existing product. */
export async function findExistingProductIds(db: DbExecutor, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(sql`${products.id} = any(${idArray(ids)})`);
  return rows.map((row) => row.id);
}

/** The ids among `ids` that name an existing collection. */
export async function findExistingCollectionIds(db: DbExecutor, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: collections.id })
    .from(collections)
    .where(sql`${collections.id} = any(${idArray(ids)})`);
  return rows.map((row) => row.id);
}

/** Images by id, in the shape the catalog's imageUrl takes. */
export function findImagesForContent(db: DbExecutor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: images.id,
      width: images.width,
      height: images.height,
      altText: images.altText,
      art: images.art,
    })
    .from(images)
    .where(sql`${images.id} = any(${idArray(ids)})`);
}

export type ContentImage = Awaited<ReturnType<typeof findImagesForContent>>[number];

/** Real ids for the demo content: collections and products that have an image, lowest ids first. */
export async function findDemoContentRefs(db: DbExecutor, count: number) {
  const collectionRows = await db
    .select({ id: collections.id, handle: collections.handle, title: collections.title })
    .from(collections)
    .orderBy(asc(collections.id))
    .limit(count);
  const imageRows = await db
    .select({ imageId: images.id, productId: images.productId })
    .from(images)
    .where(isNotNull(images.productId))
    .orderBy(asc(images.productId), asc(images.position))
    .limit(count * 4);
  const firstImageOfProduct = new Map<number, number>();
  for (const row of imageRows)
    if (!firstImageOfProduct.has(row.productId!)) firstImageOfProduct.set(row.productId!, row.imageId);
  return {
    collections: collectionRows,
    products: [...firstImageOfProduct].slice(0, count).map(([productId, imageId]) => ({ productId, imageId })),
  };
}
