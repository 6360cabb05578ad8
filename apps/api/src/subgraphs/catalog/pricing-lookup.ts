import { eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { products, shop, variants } from './tables.js';

/** What the cart and checkout price a variant with: the catalog's own price, never the client's. */
export interface VariantForPricing {
  variantId: number;
  productId: number;
  productTitle: string;
  variantTitle: string;
  sku: string | null;
  /** Exact decimal strings, e.g. `"19.99"`. */
  price: string;
  compareAtPrice: string | null;
  currencyCode: string;
}

/** The variants that exist among `variantIds`, with their product's title and the shop's currency, in one statement. */
export async function findVariantsForPricing(
  db: DbExecutor,
  variantIds: readonly number[],
): Promise<VariantForPricing[]> {
  if (variantIds.length === 0) return [];
  const rows = await db
    .select({
      variantId: variants.id,
      productId: variants.productId,
      productTitle: products.title,
      variantTitle: variants.title,
      sku: variants.sku,
      price: variants.price,
      compareAtPrice: variants.compareAtPrice,
      currencyCode: shop.currencyCode,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .leftJoin(shop, eq(shop.id, 1))
    .where(inArray(variants.id, [...new Set(variantIds)]));
  // A shop without its settings row prices in the default currency, as getShop does.
  return rows.map((row) => ({ ...row, currencyCode: row.currencyCode ?? 'USD' }));
}

/** The shop's currency, for pricing a cart that has no lines to carry it. */
export async function findShopCurrency(db: DbExecutor): Promise<string> {
  const [row] = await db.select({ currencyCode: shop.currencyCode }).from(shop).limit(1);
  return row?.currencyCode ?? 'USD';
}
