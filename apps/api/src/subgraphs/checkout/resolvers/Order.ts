import type { OrderResolvers } from '../generated/resolvers-types.js';
import { orderGlobalId } from '../ids.js';
import { orderReference } from '../load-visible.js';
import { moneyOf } from '../money.js';
import type { OrderFinancialStatus, OrderFulfillmentStatus } from '../generated/resolvers-types.js';

export const Order = {
  __resolveReference: (reference: { id: string }, context) => orderReference(context, reference.id),
  id: (order) => orderGlobalId(order.id),
  lines: async (order, _args, context) =>
    (await context.loaders.orderLines.load(order.id)).map((line) => ({ ...line, currencyCode: order.currencyCode })),
  subtotalAmount: (order) => moneyOf(order.subtotal, order.currencyCode),
  shippingAmount: (order) => moneyOf(order.shipping, order.currencyCode),
  totalTaxAmount: (order) => moneyOf(order.tax, order.currencyCode),
  totalAmount: (order) => moneyOf(order.total, order.currencyCode),
  financialStatus: (order) => order.financialStatus as OrderFinancialStatus,
  fulfillmentStatus: (order) => order.fulfillmentStatus as OrderFulfillmentStatus,
} satisfies OrderResolvers;
