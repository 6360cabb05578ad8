import type { CurrencyCode, Money } from './generated/resolvers-types.js';
import { formatCents } from '../../platform/money.js';

/** A Money value from a decimal string as PostgreSQL prints numeric(12,2). */
export const moneyOf = (amount: string, currencyCode: string): Money => ({
  amount,
  currencyCode: currencyCode as CurrencyCode,
});

/** A Money value from integer cents. */
export const moneyOfCents = (cents: number, currencyCode: string): Money => moneyOf(formatCents(cents), currencyCode);
