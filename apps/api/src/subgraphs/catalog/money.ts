import type { CurrencyCode } from './generated/resolvers-types.js';

export interface Money {
  amount: string;
  currencyCode: CurrencyCode;
}

/** Money from a numeric column (PostgreSQL returns numeric as an exact string). */
export function money(amount: string, currencyCode: CurrencyCode): Money {
  return { amount: normalise(amount), currencyCode };
}

// Two fractional digits, by string manipulation: money never passes through a float.
function normalise(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}
