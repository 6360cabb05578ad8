import { sql, type SQL } from 'drizzle-orm';
import { bulkInsert, resetSequence, type DbExecutor } from '../../platform/db/bulk-insert.js';
import { idArray } from '../../platform/db/id-array.js';
import {
  collectionProducts, collections, images, products, searchTerms, shop, variants,
  type ImageArt, type OptionDefinition, type OptionValue,
} from './tables.js';

export type { DbExecutor };

export interface ShopImport {
  name: string;
  description: string | null;
  currencyCode?: string;
}

export interface ProductImport {
  id: number;
  handle: string;
  title: string;
  description: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  tags: string[];
  options: OptionDefinition[];
  seoTitle: string | null;
  seoDescription: string | null;
  unitsSold: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Product images carry a productId; collection images have none. */
export interface ImageImport {
  id: number;
  productId: number | null;
  position: number;
  altText: string | null;
  width: number;
  height: number;
  art: ImageArt;
}

export interface VariantImport {
  id: number;
  productId: number;
  position: number;
  title: string;
  sku: string | null;
  /** Decimal strings with two places, e.g. "24.95": money never passes through a float. */
  price: string;
  compareAtPrice: string | null;
  options: OptionValue[];
  imageId: number | null;
  /** The catalog's copy of inventory availability (untracked, or stock on hand somewhere). */
  available: boolean;
}

export interface CollectionImport {
  id: number;
  handle: string;
  title: string;
  description: string;
  descriptionHtml: string;
  imageId: number | null;
  seoTitle: string | null;
  seoDescription: string | null;
  updatedAt: Date;
}

export interface CollectionProductImport {
  collectionId: number;
  productId: number;
  position: number;
}

export interface CatalogImport {
  shop: ShopImport;
  products: ProductImport[];
  images: ImageImport[];
  variants: VariantImport[];
  collections: CollectionImport[];
  collectionProducts: CollectionProductImport[];
}

/**
 * Loads a whole catalog with its own ids in one transaction, then brings sequences, derived
 * product columns and the search vocabulary up to date. Meant for an empty catalog.
 */
export async function importCatalog(db: DbExecutor, data: CatalogImport): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(shop).values({ id: 1, ...data.shop, currencyCode: data.shop.currencyCode ?? 'USD' })
      .onConflictDoUpdate({
        target: shop.id,
        set: { name: data.shop.name, description: data.shop.description, currencyCode: data.shop.currencyCode ?? 'USD' },
      });
    await bulkInsert(tx, products, data.products);
    await bulkInsert(tx, images, data.images);
    await bulkInsert(tx, variants, data.variants);
    await bulkInsert(tx, collections, data.collections);
    await bulkInsert(tx, collectionProducts, data.collectionProducts);
    for (const table of [products, images, variants, collections]) await resetSequence(tx, table);
    await refreshProductDerivedColumns(tx);
    await refreshSearchTerms(tx);
  });
}

/**
 * Recomputes price range, compare-at range and availability of products from their variants
 * (all products, or only `productIds`). Rows whose values are unchanged are not rewritten.
 */
export async function refreshProductDerivedColumns(db: DbExecutor, productIds?: readonly number[]): Promise<void> {
  if (productIds && productIds.length === 0) return;
  const only: SQL = productIds ? sql`WHERE p.id = ANY(${idArray(productIds)})` : sql``;
  await db.execute(sql`
    WITH derived AS (
      SELECT p.id,
             coalesce(min(v.price), 0) AS price_min,
             coalesce(max(v.price), 0) AS price_max,
             min(v.compare_at_price) AS compare_at_min,
             max(v.compare_at_price) AS compare_at_max,
             coalesce(bool_or(v.available), false) AS available
        FROM catalog.products p
        LEFT JOIN catalog.variants v ON v.product_id = p.id
        ${only}
       GROUP BY p.id
    )
    UPDATE catalog.products p
       SET price_min = d.price_min, price_max = d.price_max,
           compare_at_min = d.compare_at_min, compare_at_max = d.compare_at_max,
           available = d.available
      FROM derived d
     WHERE p.id = d.id
       AND (p.price_min, p.price_max, p.compare_at_min, p.compare_at_max, p.available)
           IS DISTINCT FROM (d.price_min, d.price_max, d.compare_at_min, d.compare_at_max, d.available)`);
}

/**
 * Rebuilds the search vocabulary used for typo tolerance. `concurrently` keeps searches
 * running during the rebuild but cannot run inside a transaction block.
 */
export async function refreshSearchTerms(db: DbExecutor, options: { concurrently?: boolean } = {}): Promise<void> {
  const refresh = db.refreshMaterializedView(searchTerms);
  await (options.concurrently ? refresh.concurrently() : refresh);
}
