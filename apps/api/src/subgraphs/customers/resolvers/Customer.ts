import { idOfType, toGlobalId } from '../../../platform/graphql/global-id.js';
import { paginateList } from '../../../platform/graphql/pagination.js';
import { canReadCustomer } from '../access.js';
import type { CustomerResolvers } from '../generated/resolvers-types.js';
import { displayName } from '../rules.js';

/** A reference from another subgraph may carry any string; a malformed one is simply missing. */
function customerIdOf(globalId: string): number | null {
  try {
    return idOfType(globalId, 'Customer');
  } catch {
    return null;
  }
}

export const Customer = {
  // A foreign customer looks exactly like a missing one.
  __resolveReference: async (reference, { identity, loaders }) => {
    const id = customerIdOf(reference.id);
    return id != null && canReadCustomer(identity, id) ? loaders.customerById.load(id) : null;
  },
  id: (customer) => toGlobalId('Customer', customer.id),
  displayName: (customer) => displayName(customer),
  // Checked again per field: a Customer reached any way shows its addresses only to its owner.
  addresses: async (customer, args, { identity, loaders }) =>
    paginateList(
      canReadCustomer(identity, customer.id) ? await loaders.addressesByCustomerId.load(customer.id) : [],
      args,
    ),
  defaultAddress: async (customer, _args, { identity, loaders }) => {
    if (customer.defaultAddressId == null || !canReadCustomer(identity, customer.id)) return null;
    const addresses = await loaders.addressesByCustomerId.load(customer.id);
    return addresses.find((address) => address.id === customer.defaultAddressId) ?? null;
  },
} satisfies CustomerResolvers;
