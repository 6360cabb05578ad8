import type { CatalogImport, ImageImport, ProductImport, StockImport, VariantImport } from './demo-types.js';
import { createRandom, type Random } from './prng.js';
import { buildCollections } from './demo-collections.js';
import { buildProduct, type ProductFacts } from './demo-products.js';
import { buildStock } from './demo-stock.js';
import { createHandleRegistry } from './demo-text.js';
import { PRODUCT_TYPES, SHOP, VENDORS } from './demo-vocabulary.js';

export interface DemoCatalogOptions {
  products?: number;
  seed?: number;
}

export interface DemoCatalog {
  catalog: CatalogImport;
  stock: StockImport;
}

/** "Today" for the demo shop: dates are offsets from it, so output never depends on the clock. */
export const DEMO_BASE_DATE = Date.UTC(2026, 0, 1);

/** Each vendor makes a handful of types; every type has at least two vendors. */
function assignVendors(random: Random): Map<string, string[]> {
  const byType = new Map<string, string[]>(PRODUCT_TYPES.map((type) => [type.name, []]));
  for (const vendor of VENDORS) {
    for (const type of random.sample(PRODUCT_TYPES, random.int(3, 6))) byType.get(type.name)!.push(vendor);
  }
  for (const [type, vendors] of byType) {
    for (const vendor of random.shuffle(VENDORS)) {
      if (vendors.length >= 2) break;
      if (!vendors.includes(vendor)) byType.get(type)!.push(vendor);
    }
  }
  return byType;
}

/**
 * The Northwind Supply demo catalog: apparel, footwear and accessories with variants, images,
 * collections and stock. Pure and deterministic: the same options give the same data, ids included.
 */
export function generateDemoCatalog(options: DemoCatalogOptions = {}): DemoCatalog {
  const count = options.products ?? 5000;
  const random = createRandom(options.seed ?? 42);
  let imageId = 0;
  let variantId = 0;
  const ctx = {
    random,
    baseDate: DEMO_BASE_DATE,
    vendorsByType: assignVendors(random),
    handleFor: createHandleRegistry(),
    nextImageId: () => (imageId += 1),
    nextVariantId: () => (variantId += 1),
  };

  const products: ProductImport[] = [];
  const images: ImageImport[] = [];
  const variants: VariantImport[] = [];
  const facts: ProductFacts[] = [];
  for (let id = 1; id <= count; id += 1) {
    const generated = buildProduct(ctx, id);
    products.push(generated.product);
    images.push(...generated.images);
    variants.push(...generated.variants);
    facts.push(generated.facts);
  }

  const stock = buildStock(random, variants);
  const collections = buildCollections(random, facts, DEMO_BASE_DATE, imageId + 1);
  return {
    catalog: {
      shop: { ...SHOP, currencyCode: 'USD' },
      products,
      images: [...images, ...collections.images],
      variants,
      collections: collections.collections,
      collectionProducts: collections.collectionProducts,
    },
    stock,
  };
}
