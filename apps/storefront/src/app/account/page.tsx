import { ButtonLink, FormMessage, PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AccountOverview } from '@/components/account/account-overview';
import { AddressForm } from '@/components/account/address-form';
import { OrderHistory } from '@/components/orders/order-history';
import { fetchCustomerOrders, type OrderListItem } from '@/lib/checkout/checkout-api';
import { SignOutForm } from '@/components/account/sign-out-form';
import { getSignedInCustomer } from '@/lib/customers/get-customer';
import { SIGN_IN_PATH } from '@/lib/customers/return-to';
import { readSessionToken } from '@/lib/customers/session';
import { addAddress, signOut } from './actions';
import styles from './account.module.css';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const lookup = await getSignedInCustomer();
  if (lookup.status === 'signed-out') redirect(SIGN_IN_PATH);
  if (lookup.status === 'unavailable') {
    return (
      <div className={styles.narrow}>
        <PageHeading title="Your account" />
        <FormMessage tone="error">{lookup.message}</FormMessage>
        <ButtonLink href="/account">Try again</ButtonLink>
      </div>
    );
  }
  const orders = await latestOrders();
  return (
    <>
      <AccountOverview
        customer={lookup.customer}
        signOut={<SignOutForm action={signOut} />}
        addressForm={<AddressForm action={addAddress} />}
      />
      {orders ? (
        <OrderHistory orders={orders} />
      ) : (
        <FormMessage tone="error">Your orders could not be loaded just now.</FormMessage>
      )}
    </>
  );
}

/** The customer's latest orders; null when they could not be loaded (the rest of the page still shows). */
async function latestOrders(): Promise<OrderListItem[] | null> {
  const token = await readSessionToken();
  if (!token) return [];
  try {
    return await fetchCustomerOrders(token);
  } catch (error) {
    console.error('order history failed:', error instanceof Error ? error.message : error);
    return null;
  }
}
