import { toGlobalId } from '../../../platform/graphql/global-id.js';
import type { OrderLineResolvers } from '../generated/resolvers-types.js';
import { moneyOf } from '../money.js';
import type { OrderLineRow } from '../tables.js';

/** An order line with its order's currency (lines are priced in the order's one currency). */
export type OrderLineParent = OrderLineRow & { currencyCode: string };

export const OrderLine = {
  variant: (line) =>
    line.variantId ? { __typename: 'ProductVariant' as const, id: toGlobalId('ProductVariant', line.variantId) } : null,
  unitPrice: (line) => moneyOf(line.unitPrice, line.currencyCode),
  totalAmount: (line) => moneyOf(line.total, line.currencyCode),
} satisfies OrderLineResolvers;
