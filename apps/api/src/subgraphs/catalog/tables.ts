import { getTableColumns, sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  customType,
  check,
} from 'drizzle-orm/pg-core';

export const catalog = pgSchema('catalog');

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const money = (name: string) => numeric(name, { precision: 12, scale: 2 });
const id = (name: string) => bigint(name, { mode: 'number' });

export interface OptionDefinition {
  name: string;
  values: string[];
}
export interface OptionValue {
  name: string;
  value: string;
}
/** How the image service draws a generated image (demo catalog); real uploads would carry a storage key. */
export interface ImageArt {
  background: string;
  foreground: string;
  label: string;
  shape: 'circle' | 'square' | 'triangle' | 'stripes';
}

export const shop = catalog.table(
  'shop',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
    description: text('description'),
    currencyCode: text('currency_code').notNull().default('USD'),
  },
  (t) => [check('shop_singleton', sql`${t.id} = 1`)],
);

export const products = catalog.table(
  'products',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    descriptionHtml: text('description_html').notNull().default(''),
    vendor: text('vendor').notNull(),
    productType: text('product_type').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'`),
    options: jsonb('options').$type<OptionDefinition[]>().notNull().default([]),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    // Derived from variants by `refreshProductDerivedColumns`, so lists sort and filter on indexed columns.
    priceMin: money('price_min').notNull().default('0'),
    priceMax: money('price_max').notNull().default('0'),
    compareAtMin: money('compare_at_min'),
    compareAtMax: money('compare_at_max'),
    /** Copy of inventory's answer, pushed through `applyAvailability`; used only to filter and count facets. */
    available: boolean('available').notNull().default(false),
    unitsSold: integer('units_sold').notNull().default(0),
    // The distinct option pairs of the product's variants, name i with value i (`Size`, `M`),
    // kept exact by triggers on variants (migrations 0012, 0013): the option facet unnests them
    // from the rows a list already reads, as it does tags (ADR 0013). Two arrays, so no separator
    // can collide with a merchant's text.
    optionNames: text('option_names')
      .array()
      .notNull()
      .default(sql`'{}'`),
    optionValues: text('option_values')
      .array()
      .notNull()
      .default(sql`'{}'`),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', vendor || ' ' || product_type), 'B') || setweight(to_tsvector('english', public.immutable_array_join(tags)), 'B') || setweight(to_tsvector('english', description), 'D')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_handle_key').on(t.handle),
    index('products_title_idx').on(t.title, t.id),
    index('products_price_idx').on(t.priceMin, t.id),
    index('products_created_idx').on(t.createdAt, t.id),
    index('products_units_sold_idx').on(t.unitsSold, t.id),
    index('products_search_idx').using('gin', t.searchVector),
    index('products_tags_idx').using('gin', t.tags),
  ],
);

export const variants = catalog.table(
  'variants',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    productId: id('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    sku: text('sku'),
    price: money('price').notNull(),
    compareAtPrice: money('compare_at_price'),
    options: jsonb('options').$type<OptionValue[]>().notNull().default([]),
    imageId: id('image_id'),
    available: boolean('available').notNull().default(false),
  },
  (t) => [
    index('variants_product_idx').on(t.productId, t.position),
    uniqueIndex('variants_sku_key').on(t.sku),
    index('variants_options_idx').using('gin', t.options),
    check('variants_price_nonnegative', sql`${t.price} >= 0`),
  ],
);

export const images = catalog.table(
  'images',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    productId: id('product_id').references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    altText: text('alt_text'),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    art: jsonb('art').$type<ImageArt>().notNull(),
  },
  (t) => [index('images_product_idx').on(t.productId, t.position)],
);

export const collections = catalog.table(
  'collections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    descriptionHtml: text('description_html').notNull().default(''),
    imageId: id('image_id').references(() => images.id, { onDelete: 'set null' }),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('collections_handle_key').on(t.handle), index('collections_title_idx').on(t.title, t.id)],
);

export const collectionProducts = catalog.table(
  'collection_products',
  {
    collectionId: id('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    productId: id('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** Merchandised order: the RELEVANCE sort of a collection. */
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.collectionId, t.productId] }),
    index('collection_products_position_idx').on(t.collectionId, t.position, t.productId),
    index('collection_products_product_idx').on(t.productId),
  ],
);

/** The search vocabulary: every word of the catalog and in how many products it occurs (migration 0002 makes it). */
export const searchTerms = catalog
  .materializedView('search_terms', { word: text('word').notNull(), ndoc: integer('ndoc').notNull() })
  .existing();

// Every column but those only SQL reads (search vector, option pairs): no need to ship them on every fetch.
const {
  searchVector: _searchVector,
  optionNames: _optionNames,
  optionValues: _optionValues,
  ...readableProductColumns
} = getTableColumns(products);
export const productColumns = readableProductColumns;
export type ProductRow = Omit<typeof products.$inferSelect, 'searchVector' | 'optionNames' | 'optionValues'>;
export type VariantRow = typeof variants.$inferSelect;
export type ImageRow = typeof images.$inferSelect;
export type CollectionRow = typeof collections.$inferSelect;
export type ShopRow = typeof shop.$inferSelect;
