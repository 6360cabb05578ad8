import { idOfType, toGlobalId } from '../../platform/graphql/global-id.js';
import { paginateList } from '../../platform/graphql/pagination.js';
import { DateTime } from '../../platform/graphql/scalars.js';
import { canReadCustomer, requireCustomerId } from './access.js';
import { addCustomerAddress, createCustomer } from './accounts.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { displayName } from './rules.js';
import { signIn, signOut } from './sessions.js';

/** A reference from another subgraph may carry any string; a malformed one is simply missing. */
function customerIdOf(globalId: string): number | null {
  try {
    return idOfType(globalId, 'Customer');
  } catch {
    return null;
  }
}

export const resolvers = {
  DateTime,
  Query: {
    customer: (_parent, _args, { identity, loaders }) =>
      identity?.kind === 'customer' ? loaders.customerById.load(identity.customerId) : null,
    staffMember: (_parent, _args, { identity, loaders }) =>
      identity?.kind === 'staff' ? loaders.staffById.load(identity.staffId) : null,
  },
  Mutation: {
    customerCreate: (_parent, { input }, context) => createCustomer(context, input),
    customerAccessTokenCreate: async (_parent, { input }, context) => {
      const { accessToken, userErrors } = await signIn(context, 'customer', input);
      return { customerAccessToken: accessToken, userErrors };
    },
    staffAccessTokenCreate: async (_parent, { input }, context) => {
      const { accessToken, userErrors } = await signIn(context, 'staff', input);
      return { staffAccessToken: accessToken, userErrors };
    },
    customerAccessTokenDelete: (_parent, { customerAccessToken }, { db, redis }) => signOut(db, redis, customerAccessToken),
    // Always the caller's own account: there is no argument that could name another one.
    customerAddressCreate: (_parent, { address, setAsDefault }, { db, identity }) =>
      addCustomerAddress(db, requireCustomerId(identity), address, setAsDefault ?? false),
  },
  Customer: {
    // A foreign customer looks exactly like a missing one.
    __resolveReference: async (reference, { identity, loaders }) => {
      const id = customerIdOf(reference.id);
      return id != null && canReadCustomer(identity, id) ? loaders.customerById.load(id) : null;
    },
    id: (customer) => toGlobalId('Customer', customer.id),
    displayName: (customer) => displayName(customer),
    // Checked again per field: a Customer reached any way shows its addresses only to its owner.
    addresses: async (customer, args, { identity, loaders }) =>
      paginateList(canReadCustomer(identity, customer.id) ? await loaders.addressesByCustomerId.load(customer.id) : [], args),
    defaultAddress: async (customer, _args, { identity, loaders }) => {
      if (customer.defaultAddressId == null || !canReadCustomer(identity, customer.id)) return null;
      const addresses = await loaders.addressesByCustomerId.load(customer.id);
      return addresses.find((address) => address.id === customer.defaultAddressId) ?? null;
    },
  },
  MailingAddress: {
    id: (address) => toGlobalId('MailingAddress', address.id),
  },
  StaffMember: {
    id: (member) => toGlobalId('StaffMember', member.id),
  },
} satisfies Resolvers;
