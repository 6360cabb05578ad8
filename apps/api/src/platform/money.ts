// Money in integer minor units (cents): decimal strings are parsed as text, never through a
// float, and arithmetic on amounts is integer arithmetic.

const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d+))?$/;

/** Cents of a decimal string such as `"19.99"` or `"5"`; digits past the second are refused. */
export function toCents(amount: string): number {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new Error(`not a decimal amount: ${amount.slice(0, 40)}`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.replace(/0+$/, '').length > 2) throw new Error(`more than two decimals: ${amount}`);
  const cents = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
  return sign ? -cents : cents;
}

/** `"19.99"` from 1999. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A percentage such as `"19.000"` or `"7.5"` in thousandths of a percent (19000, 7500). */
export function toMilliPercent(percent: string): number {
  const match = DECIMAL.exec(percent.trim());
  if (!match || match[1]) throw new Error(`not a percentage: ${percent.slice(0, 40)}`);
  const [, , whole, fraction = ''] = match;
  if (fraction.replace(/0+$/, '').length > 3) throw new Error(`more than three decimals: ${percent}`);
  return Number(whole) * 1000 + Number((fraction + '000').slice(0, 3));
}

/**
 * `percent` of `cents`, rounded half-up to a whole cent. BigInt keeps the product exact
 * (cents × thousandths of a percent passes 2^53 for large amounts).
 */
export function percentOf(cents: number, milliPercent: number): number {
  if (cents < 0) return -percentOf(-cents, milliPercent);
  const divisor = 100_000n;
  const product = BigInt(cents) * BigInt(milliPercent);
  return Number((product * 2n + divisor) / (divisor * 2n));
}
