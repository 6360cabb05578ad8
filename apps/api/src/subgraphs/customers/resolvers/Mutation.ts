import { requireCustomerId } from '../access.js';
import { addCustomerAddress, createCustomer } from '../accounts.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { signIn, signOut } from '../sessions.js';

export const Mutation = {
  customerCreate: (_parent, { input }, context) => createCustomer(context, input),
  customerAccessTokenCreate: async (_parent, { input }, context) => {
    const { accessToken, userErrors } = await signIn(context, 'customer', input);
    return { customerAccessToken: accessToken, userErrors };
  },
  staffAccessTokenCreate: async (_parent, { input }, context) => {
    const { accessToken, userErrors } = await signIn(context, 'staff', input);
    return { staffAccessToken: accessToken, userErrors };
  },
  customerAccessTokenDelete: (_parent, { customerAccessToken }, { db, redis }) =>
    signOut(db, redis, customerAccessToken),
  // Always the caller's own account: there is no argument that could name another one.
  customerAddressCreate: (_parent, { address, setAsDefault }, { db, identity }) =>
    addCustomerAddress(db, requireCustomerId(identity), address, setAsDefault ?? false),
} satisfies MutationResolvers;
