import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { DateTime } from '../../../platform/graphql/scalars.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Customer } from './Customer.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';

// One file per type with logic; types that only expose their global id are written here.
export const resolvers = {
  DateTime,
  Query,
  Mutation,
  Customer,
  MailingAddress: {
    id: (address) => toGlobalId('MailingAddress', address.id),
  },
  StaffMember: {
    id: (member) => toGlobalId('StaffMember', member.id),
  },
} satisfies Resolvers;
