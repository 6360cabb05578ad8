import type { CheckoutErrorCode } from '../graphql/generated/graphql';

/** What the page does after an error: go back to the cart, fix a step, or retry the payment. */
export type CheckoutRecovery = 'cart' | 'fix' | 'retry-payment' | 'order';

export interface CheckoutMessage {
  text: string;
  recovery: CheckoutRecovery;
}

// One plain sentence per contract code, saying what happened and what the shopper can do; every
// code that can happen after a charge attempt also says whether money moved.
const MESSAGES: Record<CheckoutErrorCode, CheckoutMessage> = {
  INVALID: { text: 'Some details could not be accepted. Check the fields marked below.', recovery: 'fix' },
  CART_NOT_FOUND: {
    text: 'Your cart could not be found: it may already have been ordered. Start again from your cart.',
    recovery: 'cart',
  },
  CART_EMPTY: { text: 'Your cart is empty. Add something before you check out.', recovery: 'cart' },
  CHECKOUT_NOT_FOUND: {
    text: 'This checkout is no longer available. Start again from your cart.',
    recovery: 'cart',
  },
  NOT_ENOUGH_STOCK: {
    text: 'Sorry, an item sold out while you were checking out. You have not been charged. Review your cart to continue.',
    recovery: 'cart',
  },
  RESERVATION_EXPIRED: {
    text: 'Your reservation expired and the items are no longer held for you. You have not been charged. Return to your cart to try again.',
    recovery: 'cart',
  },
  MISSING_EMAIL: { text: 'Enter your email address.', recovery: 'fix' },
  MISSING_SHIPPING_ADDRESS: { text: 'Enter your shipping address.', recovery: 'fix' },
  MISSING_SHIPPING_RATE: { text: 'Choose a shipping method.', recovery: 'fix' },
  PAYMENT_DECLINED: {
    text: 'Your payment was declined and you have not been charged. Try another card; your items are still reserved.',
    recovery: 'retry-payment',
  },
  PAYMENT_UNAVAILABLE: {
    text: 'We could not reach the payment provider, and you have not been charged. Your items are still reserved: try again in a moment.',
    recovery: 'retry-payment',
  },
  IDEMPOTENCY_KEY_REUSED: {
    text: 'That payment attempt could not be matched to this checkout. Nothing was charged; please pay again.',
    recovery: 'retry-payment',
  },
  ALREADY_COMPLETED: { text: 'This order has already been placed.', recovery: 'order' },
};

/**
 * The shopper's message for a userError. INVALID keeps the API's own words when it has any
 * (an exhausted discount code says so), since they are more precise than ours.
 */
export function checkoutMessage(code: CheckoutErrorCode | null, apiMessage: string): CheckoutMessage {
  if (!code) return { text: apiMessage || MESSAGES.INVALID.text, recovery: 'fix' };
  if (code === 'INVALID' && apiMessage) return { text: apiMessage, recovery: 'fix' };
  return MESSAGES[code];
}

export const CHECKOUT_ERROR_CODES = Object.keys(MESSAGES) as CheckoutErrorCode[];

const PAYMENT_PENDING: CheckoutMessage = {
  text: 'Your payment is still being confirmed. Please do not pay again with another card: press Pay now in a moment to see how it ended. You will be charged at most once.',
  recovery: 'retry-payment',
};

/**
 * What the payment step does with a refused checkoutComplete: the shopper's message, and whether
 * the attempt is over (the next Pay now gets a new idempotency key). PAYMENT_UNAVAILABLE on
 * `["idempotencyKey"]` means the charge may still go through (docs/checkout.md): the key is kept,
 * so pressing Pay now again asks how that charge ended instead of starting another.
 */
export function paymentRefusal(error: {
  code: CheckoutErrorCode | null;
  message: string;
  field?: readonly string[] | null;
}): {
  message: CheckoutMessage;
  attemptOver: boolean;
} {
  if (error.code === 'PAYMENT_UNAVAILABLE' && error.field?.[0] === 'idempotencyKey')
    return { message: PAYMENT_PENDING, attemptOver: false };
  return { message: checkoutMessage(error.code, error.message), attemptOver: true };
}
