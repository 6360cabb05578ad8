import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import { enqueueJob } from '../../../platform/queue/enqueue.js';
import { refreshProductDerivedColumns } from '../import.js';
import { invalidateProducts } from './invalidation.js';
import * as repository from './repository.js';
import {
  checkPriceInputs,
  checkProductInput,
  notFoundError,
  parseIdOf,
  type MerchandisingError,
  type PriceInput,
  type ProductInput,
} from './rules.js';

export type MerchandisingResult =
  { productId: number; userErrors: [] } | { productId: null; userErrors: MerchandisingError[] };

/** The one pending vocabulary rebuild (graphile-worker job key). */
export const SEARCH_TERMS_JOB = 'catalog.refresh-search-terms';

const refused = (...userErrors: MerchandisingError[]): MerchandisingResult => ({ productId: null, userErrors });
/**
 * Changes a product's title, description or tags and records the invalidation of the pages
 * showing it, in one transaction: both happen or neither.
 */
export async function updateProduct(
  db: DbExecutor,
  productGid: string,
  input: ProductInput,
): Promise<MerchandisingResult> {
  const productId = parseIdOf('Product', productGid, ['id']);
  if (typeof productId !== 'number') return refused(productId);
  const { changes, errors } = checkProductInput(input);
  if (errors.length > 0) return refused(...errors);
  return db.transaction(async (tx) => {
    if (!(await repository.lockProduct(tx, productId))) return refused(notFoundError('Product', ['id']));
    await repository.updateProductText(tx, productId, changes);
    // The typo-tolerant search's vocabulary is rebuilt by a job after commit, not here: the
    // rebuild reads the whole catalog (about 40 ms for 5,000 products, minutes for millions) and
    // would hold this product's lock that long. One pending job serves any number of edits.
    await enqueueJob(
      tx,
      'catalog.refresh-search-terms',
      {},
      { jobKey: SEARCH_TERMS_JOB, jobKeyMode: 'preserve_run_at' },
    );
    await invalidateProducts(tx, [productId], 'productUpdate');
    return { productId, userErrors: [] };
  });
}

/**
 * Sets prices of variants of one product, re-derives the product's price and compare-at ranges
 * (what listings sort and filter on), and records the invalidation, in one transaction.
 */
export async function updateVariantPrices(db: DbExecutor, inputs: readonly PriceInput[]): Promise<MerchandisingResult> {
  const { prices, errors } = checkPriceInputs(inputs);
  if (errors.length > 0) return refused(...errors);
  return db.transaction(async (tx) => {
    const found = new Map(
      (
        await repository.findVariantProducts(
          tx,
          prices.map((price) => price.variantId),
        )
      ).map((row) => [row.variantId, row.productId]),
    );
    const missing = prices.flatMap((price, index) =>
      found.has(price.variantId) ? [] : [notFoundError('ProductVariant', ['prices', String(index), 'variantId'])],
    );
    if (missing.length > 0) return refused(...missing);
    const productIds = new Set(found.values());
    if (productIds.size > 1) {
      return refused({
        field: ['prices'],
        message: 'All prices of one change must be of variants of one product.',
        code: 'INVALID',
      });
    }
    const [productId] = productIds as Set<number>;
    if (!(await repository.lockProduct(tx, productId!))) return refused(notFoundError('Product', ['prices']));
    await repository.setVariantPrices(tx, prices);
    await refreshProductDerivedColumns(tx, [productId!]);
    await repository.touchProduct(tx, productId!);
    await invalidateProducts(
      tx,
      [productId!],
      'variantPricesUpdate',
      prices.map((price) => price.variantId),
    );
    return { productId: productId!, userErrors: [] };
  });
}
