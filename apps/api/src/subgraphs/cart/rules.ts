import { percentOf, toCents, toMilliPercent } from '../../platform/money.js';
import type { DiscountCodeRow } from './tables.js';

// The one pricing function of the shop: the cart's cost and the checkout's totals (through
// index.ts) are both computed here, from catalog prices, discount rules and tax rates, in cents.

/** Shopper-facing bounds of cart input; the contract's error codes name them. */
export const CART_LIMITS = {
  maxLineQuantity: 999,
  maxLinesPerCart: 100,
  maxLinesPerMutation: 250,
  maxDiscountCodes: 10,
  maxDiscountCodeLength: 64,
  maxEmailLength: 254,
} as const;

export interface PricingLineInput {
  quantity: number;
  unitCents: number;
}

export type DiscountRule = Pick<
  DiscountCodeRow,
  'code' | 'kind' | 'value' | 'minSubtotal' | 'startsAt' | 'endsAt' | 'usageLimit' | 'usedCount'
>;

export type DiscountRefusal = 'UNKNOWN' | 'NOT_STARTED' | 'EXPIRED' | 'EXHAUSTED' | 'BELOW_MINIMUM';

/** Whether a code applies to a subtotal at `now`, and if not, why. */
export function checkDiscount(
  rule: DiscountRule | null,
  subtotalCents: number,
  now: Date,
): { applicable: true } | { applicable: false; reason: DiscountRefusal } {
  if (!rule) return { applicable: false, reason: 'UNKNOWN' };
  if (rule.startsAt && now < rule.startsAt) return { applicable: false, reason: 'NOT_STARTED' };
  if (rule.endsAt && now >= rule.endsAt) return { applicable: false, reason: 'EXPIRED' };
  // The limit is consumed at checkout; a code already used up is shown as not applicable.
  if (rule.usageLimit !== null && rule.usedCount >= rule.usageLimit) return { applicable: false, reason: 'EXHAUSTED' };
  if (rule.minSubtotal !== null && subtotalCents < toCents(rule.minSubtotal))
    return { applicable: false, reason: 'BELOW_MINIMUM' };
  if (subtotalCents <= 0) return { applicable: false, reason: 'BELOW_MINIMUM' };
  return { applicable: true };
}

/** What one applicable code takes off a subtotal: a percentage rounded half-up, or a fixed amount, never more than the subtotal. */
export function discountCents(rule: DiscountRule, subtotalCents: number): number {
  const amount =
    rule.kind === 'percentage' ? percentOf(subtotalCents, toMilliPercent(rule.value)) : toCents(rule.value);
  return Math.min(amount, subtotalCents);
}

export interface PricingInput {
  lines: readonly PricingLineInput[];
  /** The cart's codes in entered order, each with its rule (null when the shop has no such code). */
  codes: ReadonlyArray<{ code: string; rule: DiscountRule | null }>;
  /** The tax rate of the buyer's country in percent, or null while no country (or rate) is known. */
  taxRate: string | null;
  shippingCents: number;
  now: Date;
}

export interface PricingTotals {
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  /** Null while the country (so the rate) is unknown. */
  taxCents: number | null;
  totalCents: number;
  discountCodes: Array<{ code: string; applicable: boolean; reason: DiscountRefusal | null }>;
}

/**
 * Subtotal, discounts, exclusive tax and total. Applicable codes add up (each on the
 * subtotal), capped at the subtotal. Tax = round(rate × (subtotal − discount + shipping)).
 */
export function priceTotals(input: PricingInput): PricingTotals {
  const subtotalCents = input.lines.reduce((sum, line) => sum + line.unitCents * line.quantity, 0);
  let discount = 0;
  const discountCodes = input.codes.map(({ code, rule }) => {
    const checked = checkDiscount(rule, subtotalCents, input.now);
    if (checked.applicable && rule) discount += discountCents(rule, subtotalCents);
    return { code, applicable: checked.applicable, reason: checked.applicable ? null : checked.reason };
  });
  discount = Math.min(discount, subtotalCents);
  const taxable = subtotalCents - discount + input.shippingCents;
  const taxCents = input.taxRate === null ? null : percentOf(taxable, toMilliPercent(input.taxRate));
  return {
    subtotalCents,
    discountCents: discount,
    shippingCents: input.shippingCents,
    taxCents,
    totalCents: taxable + (taxCents ?? 0),
    discountCodes,
  };
}

/** A code as the shop stores it: trimmed and upper case. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}
