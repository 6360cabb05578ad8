import type { CurrencyCode, Money } from '../generated/resolvers-types.js';
import { formatCents } from '../../../platform/money.js';

/** A Money value from integer cents. */
export const moneyOfCents = (cents: number, currencyCode: string): Money => ({
  amount: formatCents(cents),
  currencyCode: currencyCode as CurrencyCode,
});
