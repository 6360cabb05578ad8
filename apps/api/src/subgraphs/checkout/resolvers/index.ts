import { DateTime, Decimal } from '../../../platform/graphql/scalars.js';
import { listCustomerOrders, type CustomerReference } from '../customer-orders.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { moneyOf, moneyOfCents } from '../money.js';
import { Checkout } from './Checkout.js';
import { Mutation } from './Mutation.js';
import { Order } from './Order.js';
import { OrderLine } from './OrderLine.js';
import { Query } from './Query.js';

// One file per type with logic; types that only map fields are written here.
export const resolvers = {
  DateTime,
  Decimal,
  Query,
  Mutation,
  Checkout,
  Order,
  OrderLine,
  Node: {
    __resolveType: (node) => ('number' in node ? 'Order' : 'Checkout'),
  },
  CheckoutCost: {
    subtotalAmount: (totals) => moneyOfCents(totals.subtotalCents, totals.currencyCode),
    shippingAmount: (totals) =>
      totals.shippingCents === null ? null : moneyOfCents(totals.shippingCents, totals.currencyCode),
    totalTaxAmount: (totals) => moneyOfCents(totals.taxCents, totals.currencyCode),
    totalAmount: (totals) => moneyOfCents(totals.totalCents, totals.currencyCode),
  },
  ShippingRate: {
    price: (rate) => moneyOf(rate.price, rate.currencyCode),
  },
  MailingAddress: {
    // A shipping address is a copy on the checkout or order, not a saved address with an id.
    id: () => null,
  },
  Customer: {
    // Checkout knows only the id; whether the caller may see the orders is decided per field.
    __resolveReference: (reference: CustomerReference) => ({ id: reference.id }),
    orders: (customer, args, context) => listCustomerOrders(context, customer, args),
  },
} satisfies Resolvers;
