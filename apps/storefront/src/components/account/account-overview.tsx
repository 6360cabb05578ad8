import { PageHeading } from '@commerce/ui';
import type { ReactNode } from 'react';
import type { AccountCustomer } from '@/lib/customers/get-customer';
import styles from './account-overview.module.css';
import { AddressCard, AddressList } from './address-card';

export interface AccountOverviewProps {
  customer: AccountCustomer;
  signOut: ReactNode;
  addressForm: ReactNode;
}

/** The signed-in customer's details and address book. */
export function AccountOverview({ customer, signOut, addressForm }: AccountOverviewProps) {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
  const addresses = customer.addresses.nodes;
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <PageHeading title="Your account" subtitle={`Signed in as ${customer.displayName}`} />
        {signOut}
      </div>

      <section aria-labelledby="account-details" className={styles.section}>
        <h2 id="account-details" className={styles.sectionTitle}>
          Details
        </h2>
        <dl className={styles.details}>
          <dt>Name</dt>
          <dd>{name || <span className={styles.muted}>Not given</span>}</dd>
          <dt>Email</dt>
          <dd>{customer.email}</dd>
        </dl>
      </section>

      <section aria-labelledby="account-default-address" className={styles.section}>
        <h2 id="account-default-address" className={styles.sectionTitle}>
          Default address
        </h2>
        {customer.defaultAddress ? (
          <AddressCard address={customer.defaultAddress} />
        ) : (
          <p className={styles.muted}>No default address yet. Tick “Make this my default address” when you add one.</p>
        )}
      </section>

      <section aria-labelledby="account-addresses" className={styles.section}>
        <h2 id="account-addresses" className={styles.sectionTitle}>
          Saved addresses
        </h2>
        {addresses.length ? (
          <AddressList addresses={addresses} defaultAddressId={customer.defaultAddress?.id ?? null} />
        ) : (
          <p className={styles.muted}>No saved addresses yet. Addresses you add below are offered at checkout.</p>
        )}
      </section>

      <section aria-labelledby="account-add-address" className={styles.section}>
        <h2 id="account-add-address" className={styles.sectionTitle}>
          Add an address
        </h2>
        {addressForm}
      </section>
    </div>
  );
}
