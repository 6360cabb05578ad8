import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { bulkInsert, resetSequence, type DbExecutor } from '../../platform/db/bulk-insert.js';
import { idArray } from '../../platform/db/id-array.js';
import {
  collectionProducts,
  collections,
  images,
  products,
  searchTerms,
  shop,
  variants,
  type ImageArt,
  type OptionDefinition,
  type OptionValue,
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
    // A bulk load is not a request: DB_STATEMENT_TIMEOUT_MS (seconds, for requests) would fail the
    // first start of `npm start` on a slow or busy machine. Bounded all the same.
    await tx.execute(sql`SET LOCAL statement_timeout = '10min'`);
    await tx
      .insert(shop)
      .values({ id: 1, ...data.shop, currencyCode: data.shop.currencyCode ?? 'USD' })
      .onConflictDoUpdate({
        target: shop.id,
        set: {
          name: data.shop.name,
          description: data.shop.description,
          currencyCode: data.shop.currencyCode ?? 'USD',
        },
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
  // Each derived value is named after the product column it fills; drizzle prints a CTE's aliased
  // fields unqualified, so `fromDerived` qualifies them (else `price_min` would be the product's own).
  const derivedColumns = [
    products.priceMin,
    products.priceMax,
    products.compareAtMin,
    products.compareAtMax,
    products.available,
  ];
  const fromDerived = (column: PgColumn) => sql`${sql.identifier('derived')}.${sql.identifier(column.name)}`;
  const derived = db.$with('derived').as(
    db
      .select({
        id: products.id,
        priceMin: sql`coalesce(min(${variants.price}), 0)`.as(products.priceMin.name),
        priceMax: sql`coalesce(max(${variants.price}), 0)`.as(products.priceMax.name),
        compareAtMin: sql`min(${variants.compareAtPrice})`.as(products.compareAtMin.name),
        compareAtMax: sql`max(${variants.compareAtPrice})`.as(products.compareAtMax.name),
        available: sql`coalesce(bool_or(${variants.available}), false)`.as(products.available.name),
      })
      .from(products)
      .leftJoin(variants, eq(variants.productId, products.id))
      .where(productIds ? sql`${products.id} = any(${idArray(productIds)})` : undefined)
      .groupBy(products.id),
  );
  const changed = sql`(${sql.join(derivedColumns, sql`, `)}) is distinct from (${sql.join(derivedColumns.map(fromDerived), sql`, `)})`;
  await db
    .with(derived)
    .update(products)
    .set({
      priceMin: fromDerived(products.priceMin),
      priceMax: fromDerived(products.priceMax),
      compareAtMin: fromDerived(products.compareAtMin),
      compareAtMax: fromDerived(products.compareAtMax),
      available: fromDerived(products.available),
    })
    .from(derived)
    .where(and(eq(products.id, derived.id), changed));
}

/**
 * Rebuilds the search vocabulary used for typo tolerance. `concurrently` keeps searches
 * running during the rebuild but cannot run inside a transaction block.
 */
export async function refreshSearchTerms(db: DbExecutor, options: { concurrently?: boolean } = {}): Promise<void> {
  const refresh = db.refreshMaterializedView(searchTerms);
  await (options.concurrently ? refresh.concurrently() : refresh);
}
