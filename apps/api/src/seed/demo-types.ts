import type { importCatalog } from '../subgraphs/catalog/index.js';
import type { importStock } from '../subgraphs/inventory/index.js';

// The row shapes the seed produces, read off the domains' public import functions so the seed
// depends only on each domain's index.ts.
export type CatalogImport = Parameters<typeof importCatalog>[1];
export type ProductImport = CatalogImport['products'][number];
export type ImageImport = CatalogImport['images'][number];
export type VariantImport = CatalogImport['variants'][number];
export type CollectionImport = CatalogImport['collections'][number];
export type CollectionProductImport = CatalogImport['collectionProducts'][number];
export type ImageArt = ImageImport['art'];
export type OptionDefinition = ProductImport['options'][number];
export type OptionValue = VariantImport['options'][number];

export type StockImport = Parameters<typeof importStock>[1];
export type ItemImport = StockImport['items'][number];
export type LevelImport = StockImport['levels'][number];
