/** Stock of one variant over all locations. */
export interface VariantStock {
  variantId: number;
  productId: number;
  tracked: boolean;
  onHand: number;
  reserved: number;
}

/** Units a shopper can buy now: what is on hand less what checkouts hold, never negative. */
export function quantityAvailable(stock: VariantStock): number {
  return Math.max(0, stock.onHand - stock.reserved);
}

/** Untracked items are always for sale; tracked ones while a unit is left. */
export function isAvailableForSale(stock: VariantStock | null): boolean {
  if (!stock) return false;
  return !stock.tracked || quantityAvailable(stock) > 0;
}
