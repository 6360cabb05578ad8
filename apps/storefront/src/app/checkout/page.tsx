import { EmptyState, FormMessage, PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CheckoutView } from '@/components/checkout/checkout-view';
import { env } from '@/env';
import { readCheckoutId } from '@/lib/cart/cart-session';
import { fetchCheckout } from '@/lib/checkout/checkout-api';
import { addressLines, addressValues, toCheckoutView } from '@/lib/checkout/checkout-view';
import { orderPathSegment } from '@/lib/checkout/order-id';
import { getSignedInCustomer } from '@/lib/customers/get-customer';
import { readSessionToken } from '@/lib/customers/session';
import { requestFailureMessage } from '@/lib/customers/user-errors';
import { chooseShippingRate, pay, saveContact } from './actions';

export const metadata: Metadata = { title: 'Checkout', robots: { index: false, follow: false } };

// Personal and changing by the second (the reservation): rendered per request, `private, no-store`.
export const dynamic = 'force-dynamic';

export default async function CheckoutPage() {
  const checkoutId = await readCheckoutId();
  let checkout;
  try {
    checkout = checkoutId ? await fetchCheckout(checkoutId) : null;
  } catch (error) {
    return (
      <>
        <PageHeading title="Checkout" />
        <FormMessage tone="error">{requestFailureMessage(error)}</FormMessage>
      </>
    );
  }
  if (!checkout) {
    return (
      <>
        <PageHeading title="Checkout" />
        <EmptyState title="No checkout in progress" action={{ label: 'Go to your cart', href: '/cart' }}>
          Start checkout from your cart.
        </EmptyState>
      </>
    );
  }
  const orderSegment = checkout.order ? orderPathSegment(checkout.order.id) : null;
  if (orderSegment) redirect(`/orders/${orderSegment}`);

  const savedAddresses = (await readSessionToken()) ? await savedAddressesOfCustomer() : [];
  return (
    <>
      <PageHeading title="Checkout" />
      <CheckoutView
        checkout={toCheckoutView(checkout)}
        savedAddresses={savedAddresses}
        paymentProvider={env.CHECKOUT_PAYMENT_PROVIDER === 'test' ? 'test' : null}
        saveContact={saveContact}
        chooseShippingRate={chooseShippingRate}
        pay={pay}
      />
    </>
  );
}

async function savedAddressesOfCustomer() {
  const lookup = await getSignedInCustomer();
  if (lookup.status !== 'signed-in') return [];
  return lookup.customer.addresses.nodes.map((address) => ({
    id: address.id ?? addressLines(address).join('|'),
    label: addressLines(address).join(', '),
    values: addressValues(address),
  }));
}
