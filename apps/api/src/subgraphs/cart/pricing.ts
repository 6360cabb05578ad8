import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import type { Identity } from '../../platform/identity.js';
import { findShopCurrency, findVariantsForPricing } from '../catalog/index.js';
import { isVisibleTo } from '../../platform/ownership.js';
import { toCents } from '../../platform/money.js';
import {
  findCartsByIds,
  findCodesByCartIds,
  findDiscountRules,
  findLinesByCartIds,
  findTaxRates,
} from './repository.js';
import { priceTotals, type DiscountRefusal } from './rules.js';

/**
 * A cart as plain JSON: what checkout snapshots when it starts (it keeps it, so a cart changed
 * in another tab does not change a checkout under way) and what the pricing function reads.
 */
export interface CartSnapshot {
  cartId: string;
  customerId: number | null;
  email: string | null;
  countryCode: string | null;
  lines: Array<{ id: string; variantId: number; quantity: number }>;
  discountCodes: string[];
}

export interface PricedLine {
  id: string;
  variantId: number;
  productId: number;
  productTitle: string;
  variantTitle: string;
  sku: string | null;
  quantity: number;
  unitCents: number;
  compareAtCents: number | null;
  totalCents: number;
}

export interface CartPricing {
  currencyCode: string;
  /** Lines whose variant still exists in the catalog, in cart order. */
  lines: PricedLine[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  /** 0 when `taxKnown` is false. */
  taxCents: number;
  /** False while no country (or no rate for it) is known. */
  taxKnown: boolean;
  totalCents: number;
  /** `reason` says why a code does not apply (checkout refuses to charge once one is EXHAUSTED). */
  discountCodes: Array<{ code: string; applicable: boolean; reason: DiscountRefusal | null }>;
}

/**
 * Prices a cart from the catalog's current prices, the shop's discount rules and the tax rate of
 * `countryCode`, in three statements whatever the number of lines.
 */
export async function priceCart(
  db: DbExecutor,
  snapshot: CartSnapshot,
  opts: { countryCode: string | null; shippingCents: number; now: Date },
): Promise<CartPricing> {
  const [variants, rules, rates] = await Promise.all([
    findVariantsForPricing(
      db,
      snapshot.lines.map((line) => line.variantId),
    ),
    findDiscountRules(db, snapshot.discountCodes),
    opts.countryCode ? findTaxRates(db, [opts.countryCode]) : Promise.resolve([]),
  ]);
  const byVariant = new Map(variants.map((variant) => [variant.variantId, variant]));
  const lines: PricedLine[] = snapshot.lines.flatMap((line) => {
    const variant = byVariant.get(line.variantId);
    // A variant deleted from the catalog since it was added cannot be sold: it drops out.
    if (!variant) return [];
    const unitCents = toCents(variant.price);
    return [
      {
        id: line.id,
        variantId: line.variantId,
        productId: variant.productId,
        productTitle: variant.productTitle,
        variantTitle: variant.variantTitle,
        sku: variant.sku,
        quantity: line.quantity,
        unitCents,
        compareAtCents: variant.compareAtPrice === null ? null : toCents(variant.compareAtPrice),
        totalCents: unitCents * line.quantity,
      },
    ];
  });
  const ruleByCode = new Map(rules.map((rule) => [rule.code, rule]));
  const totals = priceTotals({
    lines,
    codes: snapshot.discountCodes.map((code) => ({ code, rule: ruleByCode.get(code) ?? null })),
    taxRate: rates[0]?.rate ?? null,
    shippingCents: opts.shippingCents,
    now: opts.now,
  });
  return {
    currencyCode: variants[0]?.currencyCode ?? (await findShopCurrency(db)),
    lines,
    subtotalCents: totals.subtotalCents,
    discountCents: totals.discountCents,
    shippingCents: totals.shippingCents,
    taxCents: totals.taxCents ?? 0,
    taxKnown: totals.taxCents !== null,
    totalCents: totals.totalCents,
    discountCodes: totals.discountCodes.map(({ code, applicable, reason }) => ({ code, applicable, reason })),
  };
}

/** The snapshot of carts already loaded with their lines and codes. */
export function toSnapshot(
  cart: { id: string; customerId: number | null; email: string | null; countryCode: string | null },
  lines: ReadonlyArray<{ id: string; variantId: number; quantity: number }>,
  codes: ReadonlyArray<{ code: string }>,
): CartSnapshot {
  return {
    cartId: cart.id,
    customerId: cart.customerId,
    email: cart.email,
    countryCode: cart.countryCode,
    lines: lines.map(({ id, variantId, quantity }) => ({ id, variantId, quantity })),
    discountCodes: codes.map(({ code }) => code),
  };
}

/**
 * The open cart `cartId` as checkout starts from it, or null when it is missing, not open, or
 * not visible to `identity` (the three look the same).
 */
export async function findCartForCheckout(
  db: DbExecutor,
  cartId: string,
  identity: Identity | null,
): Promise<CartSnapshot | null> {
  const [cart] = await findCartsByIds(db, [cartId]);
  if (!cart || cart.status !== 'open' || !isVisibleTo(identity, cart)) return null;
  const [lines, codes] = await Promise.all([findLinesByCartIds(db, [cartId]), findCodesByCartIds(db, [cartId])]);
  return toSnapshot(cart, lines, codes);
}
