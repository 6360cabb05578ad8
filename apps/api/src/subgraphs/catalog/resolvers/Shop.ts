import type { CurrencyCode, ShopResolvers } from '../generated/resolvers-types.js';

export const Shop = {
  primaryDomain: (_shop, _args, { storefrontUrl }) => storefrontUrl,
  // Prices are kept in one currency; multi-currency price lists would add to this list.
  currencyCodes: (shop) => [shop.currencyCode as CurrencyCode],
  defaultCurrencyCode: (shop) => shop.currencyCode as CurrencyCode,
} satisfies ShopResolvers;
