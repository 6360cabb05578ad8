import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { DateTime, Decimal, URL } from '../../../platform/graphql/scalars.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Cart } from './Cart.js';
import { CartLine } from './CartLine.js';
import { moneyOfCents } from './money.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';

// One file per type with logic; types that only map fields are written here.
export const resolvers = {
  DateTime,
  Decimal,
  URL,
  Query,
  Mutation,
  Cart,
  CartLine,
  Node: {
    __resolveType: (node) => ('variantId' in node ? 'CartLine' : 'Cart'),
  },
  CartCost: {
    subtotalAmount: (pricing) => moneyOfCents(pricing.subtotalCents, pricing.currencyCode),
    totalAmount: (pricing) => moneyOfCents(pricing.totalCents, pricing.currencyCode),
    totalTaxAmount: (pricing) => (pricing.taxKnown ? moneyOfCents(pricing.taxCents, pricing.currencyCode) : null),
  },
  CartLineCost: {
    amountPerQuantity: (cost) => moneyOfCents(cost.unitCents, cost.currencyCode),
    compareAtAmountPerQuantity: (cost) =>
      cost.compareAtCents === null ? null : moneyOfCents(cost.compareAtCents, cost.currencyCode),
    totalAmount: (cost) => moneyOfCents(cost.totalCents, cost.currencyCode),
  },
  CartBuyerIdentity: {
    email: (cart) => cart.email,
    countryCode: (cart) => cart.countryCode,
    // The cart is visible only to its owner, so the owner is the only one who sees this.
    customer: (cart) =>
      cart.customerId === null
        ? null
        : { __typename: 'Customer' as const, id: toGlobalId('Customer', cart.customerId) },
  },
} satisfies Resolvers;
