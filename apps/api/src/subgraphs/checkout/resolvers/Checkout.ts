import { toGlobalId } from '../../../platform/graphql/global-id.js';
import type { CheckoutContext } from '../context.js';
import type { CheckoutResolvers } from '../generated/resolvers-types.js';
import { checkoutGlobalId } from '../ids.js';
import { checkoutReference } from '../load-visible.js';
import { quoteCheckout, type CheckoutQuote } from '../pricing.js';
import { toCents } from '../../../platform/money.js';
import { missingForCompletion, reservationAlive } from '../rules.js';
import type { CheckoutRow } from '../tables.js';

// Cost, rates and the chosen rate come from one quote per checkout row and request.
const quotes = new WeakMap<CheckoutRow, Promise<CheckoutQuote>>();

function quoteOf(checkout: CheckoutRow, context: CheckoutContext): Promise<CheckoutQuote> {
  let quote = quotes.get(checkout);
  if (!quote) {
    quote = context.loaders
      .shippingRates()
      .then((rates) => quoteCheckout(context.db, checkout, rates, context.services.now()));
    quotes.set(checkout, quote);
  }
  return quote;
}

export const Checkout = {
  __resolveReference: (reference: { id: string }, context) => checkoutReference(context, reference.id),
  id: (checkout) => checkoutGlobalId(checkout.id),
  cart: (checkout) => ({ __typename: 'Cart' as const, id: toGlobalId('Cart', checkout.cartId) }),
  availableShippingRates: async (checkout, _args, context) =>
    checkout.status === 'open' ? (await quoteOf(checkout, context)).rates : [],
  shippingRate: async (checkout, _args, context) => {
    if (!checkout.shippingRateHandle) return null;
    if (checkout.status === 'open') return (await quoteOf(checkout, context)).rate;
    const rates = await context.loaders.shippingRates();
    return rates.find((rate) => rate.handle === checkout.shippingRateHandle) ?? null;
  },
  cost: async (checkout, _args, context) => {
    // A placed order's amounts are what was charged, whatever prices do later.
    const order = checkout.orderId ? await context.loaders.orderById.load(checkout.orderId) : null;
    if (order)
      return {
        currencyCode: order.currencyCode,
        subtotalCents: toCents(order.subtotal),
        discountCents: toCents(order.discount),
        shippingCents: toCents(order.shipping),
        taxCents: toCents(order.tax),
        totalCents: toCents(order.total),
      };
    return (await quoteOf(checkout, context)).totals;
  },
  reservedUntil: (checkout) => (checkout.status === 'open' ? checkout.reservedUntil : null),
  ready: async (checkout, _args, context) =>
    checkout.status === 'open' &&
    missingForCompletion(checkout).length === 0 &&
    reservationAlive(checkout, context.services.now()) &&
    (await quoteOf(checkout, context)).rate !== null,
  order: (checkout, _args, context) => (checkout.orderId ? context.loaders.orderById.load(checkout.orderId) : null),
} satisfies CheckoutResolvers;
