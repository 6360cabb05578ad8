// Providers take amounts in the currency's smallest unit. Parsed from the decimal string, never
// through a float: "0.29" * 100 is 28.999999999999996 in binary floating point.

// Stripe's zero-decimal currencies (its docs list them); everything else here has two decimals.
const ZERO_DECIMAL = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** "104.90" EUR → 10490; "1500" JPY → 1500. Throws on anything that is not an exact amount. */
export function toMinorUnits(amount: string, currencyCode: string): number {
  const match = DECIMAL.exec(amount);
  if (!match) throw new Error(`not a decimal amount: ${JSON.stringify(amount)}`);
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (ZERO_DECIMAL.has(currencyCode.toUpperCase())) {
    if (/[1-9]/.test(fraction)) throw new Error(`${currencyCode} has no minor unit: ${amount}`);
    return Number(whole);
  }
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
