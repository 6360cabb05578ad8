import 'server-only';
import {
  CheckoutCompleteDocument,
  CheckoutDocument,
  CheckoutStartDocument,
  CheckoutUpdateDocument,
  CustomerOrdersDocument,
  OrderDocument,
  type CheckoutDetailsFragment,
  type CheckoutUpdateInput,
  type CheckoutUserErrorFieldsFragment,
  type CustomerOrdersQuery,
  type OrderDetailsFragment,
} from '../graphql/generated/graphql';
import { requestGraphQL } from '../graphql/request';
import { readSessionToken, shopperHeaders } from '../customers/session';

// Checkout and order calls on the shopper's behalf: their token (a signed-in shopper's checkout
// and orders are visible only to them) and their signed address (rate limits per shopper).

async function options() {
  return { headers: await shopperHeaders(await readSessionToken()) };
}

export type CheckoutErrors = CheckoutUserErrorFieldsFragment[];

export async function fetchCheckout(checkoutId: string): Promise<CheckoutDetailsFragment | null> {
  return (await requestGraphQL(CheckoutDocument, { id: checkoutId }, await options())).checkout;
}

export async function startCheckout(cartId: string): Promise<{ checkoutId: string | null; errors: CheckoutErrors }> {
  const { checkoutStart } = await requestGraphQL(CheckoutStartDocument, { cartId }, await options());
  return { checkoutId: checkoutStart.checkout?.id ?? null, errors: checkoutStart.userErrors };
}

export async function updateCheckout(checkoutId: string, input: CheckoutUpdateInput): Promise<CheckoutErrors> {
  const { checkoutUpdate } = await requestGraphQL(CheckoutUpdateDocument, { checkoutId, input }, await options());
  return checkoutUpdate.userErrors;
}

export async function completeCheckout(
  checkoutId: string,
  payment: { provider: string; token: string },
  idempotencyKey: string,
): Promise<{ orderId: string | null; errors: CheckoutErrors }> {
  const { checkoutComplete } = await requestGraphQL(
    CheckoutCompleteDocument,
    { checkoutId, payment, idempotencyKey },
    // A charge may take the provider's full timeout and a failover: longer than page data.
    { ...(await options()), signal: AbortSignal.timeout(60_000) },
  );
  return { orderId: checkoutComplete.order?.id ?? null, errors: checkoutComplete.userErrors };
}

/** The order if the requester may see it (its owner, or a guest holding its id), else null. */
export async function fetchOrder(orderId: string): Promise<OrderDetailsFragment | null> {
  const { node } = await requestGraphQL(OrderDocument, { id: orderId }, await options());
  return node && 'number' in node ? (node as OrderDetailsFragment) : null;
}

export type OrderListItem = NonNullable<CustomerOrdersQuery['customer']>['orders']['nodes'][number];

export async function fetchCustomerOrders(token: string, first = 20): Promise<OrderListItem[]> {
  const { customer } = await requestGraphQL(
    CustomerOrdersDocument,
    { first },
    { headers: await shopperHeaders(token) },
  );
  return customer?.orders.nodes ?? [];
}
