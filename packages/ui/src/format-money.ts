export interface MoneyValue {
  /** Decimal string as the API sends it, e.g. "19.99". */
  amount: string;
  currencyCode: string;
}

/**
 * Formats money for display, e.g. "$19.99" or "19,99 €". The decimal string goes to
 * Intl.NumberFormat as a string, so no amount ever passes through a float.
 */
export function formatMoney(money: MoneyValue, locale = 'en-US'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currencyCode });
  return format.format(money.amount as unknown as number);
}

/** "$19.99 – $49.00" for a range, one price when both ends are equal. */
export function formatPriceRange(min: MoneyValue, max: MoneyValue, locale = 'en-US'): string {
  const low = formatMoney(min, locale);
  return min.amount === max.amount ? low : `${low} – ${formatMoney(max, locale)}`;
}
