import 'server-only';
import {
  CartBuyerIdentityUpdateDocument,
  CartCreateDocument,
  CartDiscountCodesUpdateDocument,
  CartDocument,
  CartLinesAddDocument,
  CartLinesRemoveDocument,
  CartLinesUpdateDocument,
  type CartDetailsFragment,
  type CartUserErrorFieldsFragment,
} from '../graphql/generated/graphql';
import { requestGraphQL } from '../graphql/request';
import { readSessionToken, shopperHeaders } from '../customers/session';
import { requestFailureMessage } from '../customers/user-errors';
import { placeCartErrors } from './cart-errors';
import type { CartRequest } from './cart-request';
import { readCartId, saveCartId } from './cart-session';
import { toCartView, type CartErrorView, type CartView } from './cart-view';

export interface CartOutcome {
  cart: CartView | null;
  errors: CartErrorView[];
}

interface Payload {
  cart: CartDetailsFragment | null;
  userErrors: CartUserErrorFieldsFragment[];
}

/** The signed-in shopper's token goes along, so a cart they create or change is theirs. */
async function headersForShopper() {
  return { headers: await shopperHeaders(await readSessionToken()) };
}

/** The shopper's cart, or null when there is none (no cookie, completed, not theirs). */
export async function loadCartDetails(): Promise<CartDetailsFragment | null> {
  const cartId = await readCartId();
  if (!cartId) return null;
  const { cart } = await requestGraphQL(CartDocument, { id: cartId }, await headersForShopper());
  return cart;
}

export async function loadCart(): Promise<CartView | null> {
  const cart = await loadCartDetails();
  return cart ? toCartView(cart) : null;
}

/**
 * Applies one change from the browser and answers with the cart as it now is. An add without a
 * usable cart (none yet, or the old one was completed or merged away) creates one and saves its
 * id in the cookie; any other change to a missing cart answers with no cart.
 */
export async function changeCart(request: CartRequest): Promise<CartOutcome> {
  try {
    const cartId = await readCartId();
    const options = await headersForShopper();
    let payload: Payload | null = cartId ? await send(cartId, request, options) : null;
    const missing = !payload || payload.userErrors.some((error) => error.code === 'CART_NOT_FOUND');
    if (missing && request.action === 'add') {
      const lines = [{ merchandiseId: request.merchandiseId, quantity: request.quantity }];
      payload = (await requestGraphQL(CartCreateDocument, { input: { lines } }, options)).cartCreate;
      if (payload.cart) await saveCartId(payload.cart.id);
    } else if (missing) {
      return { cart: null, errors: [] };
    }
    const current = payload!;
    const lineIds = request.action === 'update' || request.action === 'remove' ? [request.lineId] : [];
    return {
      cart: current.cart ? toCartView(current.cart) : null,
      errors: placeCartErrors(current.userErrors, lineIds),
    };
  } catch (error) {
    console.error('cart change failed:', error instanceof Error ? error.message : error);
    return { cart: null, errors: [{ target: 'form', message: requestFailureMessage(error), code: null }] };
  }
}

async function send(cartId: string, request: CartRequest, options: { headers: Record<string, string> }) {
  switch (request.action) {
    case 'add': {
      const lines = [{ merchandiseId: request.merchandiseId, quantity: request.quantity }];
      return (await requestGraphQL(CartLinesAddDocument, { cartId, lines }, options)).cartLinesAdd;
    }
    case 'update': {
      const lines = [{ id: request.lineId, quantity: request.quantity }];
      return (await requestGraphQL(CartLinesUpdateDocument, { cartId, lines }, options)).cartLinesUpdate;
    }
    case 'remove':
      return (await requestGraphQL(CartLinesRemoveDocument, { cartId, lineIds: [request.lineId] }, options))
        .cartLinesRemove;
    case 'discount':
      return (await requestGraphQL(CartDiscountCodesUpdateDocument, { cartId, discountCodes: request.codes }, options))
        .cartDiscountCodesUpdate;
  }
}

/**
 * On sign-in: the guest cart in the cookie joins the customer's open cart, and the cookie then
 * names the cart the API returned (it may be the customer's older one). Failures leave things as
 * they were: signing in matters more than the merge.
 */
export async function mergeGuestCart(customerAccessToken: string): Promise<void> {
  const cartId = await readCartId();
  if (!cartId) return;
  try {
    const { cartBuyerIdentityUpdate: payload } = await requestGraphQL(
      CartBuyerIdentityUpdateDocument,
      { cartId, buyerIdentity: { customerAccessToken } },
      { headers: await shopperHeaders(customerAccessToken) },
    );
    if (payload.cart && payload.cart.id !== cartId) await saveCartId(payload.cart.id);
    if (payload.userErrors.length) console.warn('cart merge refused:', payload.userErrors.map((e) => e.code).join(','));
  } catch (error) {
    console.error('cart merge failed:', error instanceof Error ? error.message : error);
  }
}
