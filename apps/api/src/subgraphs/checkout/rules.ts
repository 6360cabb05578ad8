import { toCents } from '../../platform/money.js';
import type { CheckoutErrorCode } from './generated/resolvers-types.js';
import type { AddressJson, CheckoutRow, ShippingRateRow } from './tables.js';

// Pure rules of checkout: which shipping rates apply, when a checkout
// may be paid for. Everything here is unit-tested in rules.test.ts.

export interface CheckoutUserError {
  field: string[] | null;
  message: string;
  code: CheckoutErrorCode;
}

export const userError = (code: CheckoutErrorCode, message: string, field: string[] | null = null) => ({
  field,
  message,
  code,
});

/** Rates offered for a subtotal (in cents, after discounts) and a destination, cheapest position first. */
export function availableRates(
  rates: readonly ShippingRateRow[],
  subtotalCents: number,
  countryCode: string | null,
): ShippingRateRow[] {
  return rates
    .filter((rate) => rate.active)
    .filter((rate) => rate.minSubtotal === null || subtotalCents >= toCents(rate.minSubtotal))
    .filter((rate) => rate.maxSubtotal === null || subtotalCents < toCents(rate.maxSubtotal))
    .filter((rate) => rate.countries === null || (countryCode !== null && rate.countries.includes(countryCode)))
    .sort((a, b) => a.position - b.position || a.handle.localeCompare(b.handle));
}

/** True while the stock hold of a checkout covers `now`. */
export function reservationAlive(checkout: Pick<CheckoutRow, 'reservedUntil'>, now: Date): boolean {
  return checkout.reservedUntil !== null && checkout.reservedUntil.getTime() > now.getTime();
}

/** What still stops a checkout from being paid for, in the order a form asks for it. */
export function missingForCompletion(
  checkout: Pick<CheckoutRow, 'email' | 'shippingAddress' | 'shippingRateHandle'>,
): CheckoutUserError[] {
  const errors: CheckoutUserError[] = [];
  if (!checkout.email) errors.push(userError('MISSING_EMAIL', 'Enter an email address.', ['email']));
  if (!checkout.shippingAddress)
    errors.push(userError('MISSING_SHIPPING_ADDRESS', 'Enter a shipping address.', ['shippingAddress']));
  if (!checkout.shippingRateHandle)
    errors.push(userError('MISSING_SHIPPING_RATE', 'Choose a shipping rate.', ['shippingRateHandle']));
  return errors;
}

// Idempotency keys are one namespace for every shopper (the same key on another checkout is
// IDEMPOTENCY_KEY_REUSED), so a guessable key such as "1" would collide with another shopper's and
// tell an attacker which keys are taken. Keys must be random (a UUIDv4, as the storefront sends):
// 16 to 200 characters of [A-Za-z0-9_-], nothing else (docs/checkout.md).
export const IDEMPOTENCY_KEY_RULE =
  'The idempotency key must be a random value (a UUIDv4) of 16 to 200 letters, digits, "-" or "_".';
const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,200}$/;

export function isValidIdempotencyKey(key: string): boolean {
  return IDEMPOTENCY_KEY_PATTERN.test(key);
}

/** One hold per variant: a cart may list a variant twice, and stock is held for the sum. */
export function holdQuantities(
  lines: ReadonlyArray<{ variantId: number; quantity: number }>,
): Array<{ variantId: number; quantity: number }> {
  const quantities = new Map<number, number>();
  for (const line of lines) quantities.set(line.variantId, (quantities.get(line.variantId) ?? 0) + line.quantity);
  return [...quantities].map(([variantId, quantity]) => ({ variantId, quantity }));
}

/** An address with every field present (null when not given), as stored and returned. */
export function toAddressJson(address: Partial<AddressJson>): AddressJson {
  return {
    firstName: address.firstName ?? null,
    lastName: address.lastName ?? null,
    company: address.company ?? null,
    address1: address.address1 ?? null,
    address2: address.address2 ?? null,
    city: address.city ?? null,
    province: address.province ?? null,
    zip: address.zip ?? null,
    countryCode: address.countryCode ?? null,
    phone: address.phone ?? null,
  };
}

export interface Shortfall {
  variantId: number;
  available: number;
  requested: number;
  reason: 'NOT_ENOUGH_STOCK' | 'OVER_MAX_PER_ORDER' | 'UNKNOWN_VARIANT';
}

/** One user error per short line; `field` names the line (`["lines", <cart line id>, "quantity"]`). */
export function shortfallErrors(
  shortfalls: readonly Shortfall[],
  lines: ReadonlyArray<{ lineGlobalId: string; variantId: number }>,
): CheckoutUserError[] {
  return shortfalls.map((shortfall) => {
    const line = lines.find((candidate) => candidate.variantId === shortfall.variantId);
    const field = line ? ['lines', line.lineGlobalId, 'quantity'] : null;
    switch (shortfall.reason) {
      case 'OVER_MAX_PER_ORDER':
        return userError('INVALID', `At most ${shortfall.available} of this item can be bought per order.`, field);
      case 'UNKNOWN_VARIANT':
        return userError('NOT_ENOUGH_STOCK', 'This item is no longer available.', field);
      default:
        return userError(
          'NOT_ENOUGH_STOCK',
          shortfall.available > 0
            ? `Only ${shortfall.available} left in stock (you asked for ${shortfall.requested}).`
            : 'This item is sold out.',
          field,
        );
    }
  });
}
