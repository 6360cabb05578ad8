import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query = {
  customer: (_parent, _args, { identity, loaders }) =>
    identity?.kind === 'customer' ? loaders.customerById.load(identity.customerId) : null,
  staffMember: (_parent, _args, { identity, loaders }) =>
    identity?.kind === 'staff' ? loaders.staffById.load(identity.staffId) : null,
} satisfies QueryResolvers;
