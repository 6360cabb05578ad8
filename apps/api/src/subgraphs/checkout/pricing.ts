import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { priceCart, type CartPricing, type CartSnapshot } from '../cart/index.js';
import { formatCents, toCents } from '../../platform/money.js';
import { availableRates } from './rules.js';
import type { CheckoutRow, OrderDraft, ShippingRateRow } from './tables.js';

/** The totals of a checkout in cents (the parent of CheckoutCost). */
export interface CheckoutTotals {
  currencyCode: string;
  /** After discounts. */
  subtotalCents: number;
  discountCents: number;
  /** Null while no rate is chosen. */
  shippingCents: number | null;
  taxCents: number;
  totalCents: number;
}

export interface CheckoutQuote {
  totals: CheckoutTotals;
  /** Rates offered for this subtotal and address. */
  rates: ShippingRateRow[];
  /** The chosen rate while it is still offered, else null. */
  rate: ShippingRateRow | null;
  pricing: CartPricing;
}

/**
 * Prices a checkout on the server with the cart's one pricing function: first without shipping
 * (the subtotal decides which rates are offered), then with the chosen rate (tax covers shipping).
 */
export async function quoteCheckout(
  db: DbExecutor,
  checkout: CheckoutRow,
  allRates: readonly ShippingRateRow[],
  now: Date,
): Promise<CheckoutQuote> {
  const snapshot = checkout.cartSnapshot as CartSnapshot;
  const countryCode = checkout.shippingAddress?.countryCode ?? null;
  const base = await priceCart(db, snapshot, { countryCode, shippingCents: 0, now });
  const discounted = base.subtotalCents - base.discountCents;
  // One shop, one currency: rates are priced in it (the column records which, for a later multi-currency shop).
  const rates = availableRates(allRates, discounted, countryCode);
  const rate = rates.find((candidate) => candidate.handle === checkout.shippingRateHandle) ?? null;
  const shippingCents = rate ? toCents(rate.price) : null;
  const pricing = shippingCents ? await priceCart(db, snapshot, { countryCode, shippingCents, now }) : base;
  return {
    rates,
    rate,
    pricing,
    totals: {
      currencyCode: pricing.currencyCode,
      subtotalCents: pricing.subtotalCents - pricing.discountCents,
      discountCents: pricing.discountCents,
      shippingCents,
      taxCents: pricing.taxCents,
      totalCents: pricing.totalCents,
    },
  };
}

/** The order a charge pays for, fixed before charging. */
export function draftOrder(checkout: CheckoutRow, quote: CheckoutQuote): OrderDraft {
  const { totals, pricing } = quote;
  return {
    email: checkout.email ?? '',
    shippingAddress: checkout.shippingAddress,
    shippingRateHandle: quote.rate?.handle ?? null,
    subtotal: formatCents(totals.subtotalCents),
    discount: formatCents(totals.discountCents),
    shipping: formatCents(totals.shippingCents ?? 0),
    tax: formatCents(totals.taxCents),
    total: formatCents(totals.totalCents),
    currencyCode: totals.currencyCode,
    lines: pricing.lines.map((line) => ({
      variantId: line.variantId,
      title: line.productTitle,
      variantTitle: line.variantTitle,
      sku: line.sku,
      quantity: line.quantity,
      unitPrice: formatCents(line.unitCents),
      total: formatCents(line.totalCents),
    })),
  };
}
