// The catalog domain's public face: other domains and the app call only what is exported here.
export { startCatalogService } from './server.js';
export { catalogTasks } from './tasks.js';
export { importCatalog, refreshProductDerivedColumns, refreshSearchTerms } from './import.js';
export { applyVariantAvailability, type VariantAvailability } from './availability.js';
export { invalidateProducts, invalidationTagsForProducts } from './merchandising/invalidation.js';
export { getShop } from './shop-settings.js';
export { findShopCurrency, findVariantsForPricing, type VariantForPricing } from './pricing-lookup.js';
export { imageUrl } from './images.js';
export {
  findDemoContentRefs,
  findExistingCollectionIds,
  findExistingProductIds,
  findImagesForContent,
  type ContentImage,
} from './content-support.js';
