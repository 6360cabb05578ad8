import type { Db } from '../../platform/db/client.js';
import { findAddressesByCustomerIds, findCustomersByIds } from './repository.js';
import type { NewAddress } from './rules.js';

/** What checkout prefills for a signed-in customer: the account's email and default address. */
export interface CheckoutProfile {
  email: string;
  defaultAddress: NewAddress | null;
}

/** The customer's checkout prefill, or null when the account no longer exists. */
export async function findCheckoutProfile(db: Db, customerId: number): Promise<CheckoutProfile | null> {
  const [customer] = await findCustomersByIds(db, [customerId]);
  if (!customer) return null;
  if (customer.defaultAddressId === null) return { email: customer.email, defaultAddress: null };
  const address = (await findAddressesByCustomerIds(db, [customerId])).find(
    (row) => row.id === customer.defaultAddressId,
  );
  if (!address) return { email: customer.email, defaultAddress: null };
  const { firstName, lastName, company, address1, address2, city, province, zip, countryCode, phone } = address;
  return {
    email: customer.email,
    defaultAddress: { firstName, lastName, company, address1, address2, city, province, zip, countryCode, phone },
  };
}
