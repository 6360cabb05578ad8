'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { clearCartAndCheckout, readCheckoutId } from '@/lib/cart/cart-session';
import { completeCheckout, updateCheckout } from '@/lib/checkout/checkout-api';
import { checkoutMessage, paymentRefusal } from '@/lib/checkout/checkout-messages';
import { CONTACT_FIELDS, type ContactState, type PaymentState } from '@/lib/checkout/checkout-state';
import { contactErrors, toContactInput } from '@/lib/checkout/contact-input';
import { orderPathSegment } from '@/lib/checkout/order-id';
import { readTextFields } from '@/lib/customers/form-state';
import { requestFailureMessage } from '@/lib/customers/user-errors';

const GONE = checkoutMessage('CHECKOUT_NOT_FOUND', '');

/** Email and shipping address; the page then re-renders with the rates for that address. */
export async function saveContact(_previous: ContactState, formData: FormData): Promise<ContactState> {
  const values = readTextFields(formData, CONTACT_FIELDS);
  const checkoutId = await readCheckoutId();
  if (!checkoutId) return { values, fieldErrors: {}, message: GONE, saved: false };
  try {
    const errors = await updateCheckout(checkoutId, toContactInput(values));
    if (errors.length) return { values, saved: false, ...contactErrors(errors) };
  } catch (error) {
    return { values, fieldErrors: {}, message: { text: requestFailureMessage(error), recovery: 'fix' }, saved: false };
  }
  refresh();
  return { values, fieldErrors: {}, message: null, saved: true };
}

/** The chosen shipping rate; totals and tax follow on the re-rendered page. */
export async function chooseShippingRate(handle: string): Promise<string | null> {
  const checkoutId = await readCheckoutId();
  if (!checkoutId) return GONE.text;
  try {
    const [first] = await updateCheckout(checkoutId, { shippingRateHandle: handle.slice(0, 64) });
    if (first) return checkoutMessage(first.code, first.message).text;
  } catch (error) {
    return requestFailureMessage(error);
  }
  refresh();
  return null;
}

/**
 * Pays. The idempotency key comes from the browser, one per payment attempt, kept across a
 * double click or a retry after a lost answer, so the API charges and orders at most once.
 */
export async function pay(_previous: PaymentState, formData: FormData): Promise<PaymentState> {
  const checkoutId = await readCheckoutId();
  if (!checkoutId) return { message: GONE, attemptOver: true };
  const key = formData.get('idempotencyKey');
  const token = formData.get('token');
  const provider = formData.get('provider');
  if (typeof key !== 'string' || typeof token !== 'string' || typeof provider !== 'string' || !token) {
    return { message: { text: 'Choose how to pay.', recovery: 'fix' }, attemptOver: false };
  }
  let orderId: string | null;
  try {
    const result = await completeCheckout(checkoutId, { provider, token }, key.slice(0, 255));
    const [first] = result.errors;
    if (first) return paymentRefusal(first);
    orderId = result.orderId;
  } catch (error) {
    // The answer was lost, not refused: the same key may be sent again safely.
    return { message: { text: requestFailureMessage(error), recovery: 'retry-payment' }, attemptOver: false };
  }
  const segment = orderId ? orderPathSegment(orderId) : null;
  if (!segment)
    return { message: { text: requestFailureMessage(null), recovery: 'retry-payment' }, attemptOver: false };
  await clearCartAndCheckout();
  redirect(`/orders/${segment}`);
}
