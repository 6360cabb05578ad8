import type { MoneyValue } from './format-money';

/**
 * Compares two decimal strings ("19.99", "-0.5", "20") digit by digit, so that no amount
 * passes through a float. Returns -1, 0 or 1 like a sort comparator.
 */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  if (left.negative !== right.negative) return left.negative ? -1 : 1;
  const magnitude = compareMagnitudes(left, right);
  if (!left.negative || magnitude === 0) return magnitude;
  return magnitude === 1 ? -1 : 1;
}

/** True when a compare-at price exists, is in the same currency and is above the price. */
export function isOnSale(price: MoneyValue, compareAtPrice?: MoneyValue | null): compareAtPrice is MoneyValue {
  return (
    compareAtPrice != null &&
    compareAtPrice.currencyCode === price.currencyCode &&
    compareAmounts(compareAtPrice.amount, price.amount) > 0
  );
}

interface Decimal {
  negative: boolean;
  whole: string;
  fraction: string;
}

function parseDecimal(value: string): Decimal {
  const match = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/.exec(value);
  if (!match || (match[2] === '' && !match[3])) throw new RangeError(`Not a decimal amount: "${value}"`);
  const whole = (match[2] ?? '').replace(/^0+/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  // "-0.00" is zero, and zero has no sign.
  const negative = match[1] === '-' && (whole !== '' || fraction !== '');
  return { negative, whole, fraction };
}

function compareMagnitudes(a: Decimal, b: Decimal): -1 | 0 | 1 {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const left = a.whole + a.fraction.padEnd(width, '0');
  const right = b.whole + b.fraction.padEnd(width, '0');
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
