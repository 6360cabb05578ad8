import { forbiddenError, unauthenticatedError } from '../../../platform/graphql/errors.js';
import type { Identity, StaffRole } from '../../../platform/identity.js';

// Who may change titles, descriptions, tags and prices: the assortment (MERCHANDISER), marketing
// (MARKETER) and ADMIN staff. Customers are refused (FORBIDDEN); nobody signed in is UNAUTHENTICATED.
const MERCHANDISERS: readonly StaffRole[] = ['MERCHANDISER', 'MARKETER', 'ADMIN'];

export function requireMerchandiser(identity: Identity | null): void {
  if (!identity) throw unauthenticatedError('Sign in as staff to change products.');
  if (identity.kind !== 'staff' || !identity.roles.some((role) => MERCHANDISERS.includes(role))) {
    throw forbiddenError('Only staff with role MERCHANDISER, MARKETER or ADMIN may change products.');
  }
}
