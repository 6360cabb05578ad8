import { unauthenticatedError } from '../../platform/graphql/errors.js';
import type { Identity } from '../../platform/identity.js';

// Who may see which customer. A customer sees only themselves; staff with ADMIN see anyone.
// Everything else gets null, exactly like an id that does not exist.

export function canReadCustomer(identity: Identity | null, customerId: number): boolean {
  if (identity?.kind === 'customer') return identity.customerId === customerId;
  return identity?.kind === 'staff' && identity.roles.includes('ADMIN');
}

/** The signed-in customer's id; UNAUTHENTICATED for anyone else (staff included). */
export function requireCustomerId(identity: Identity | null): number {
  if (identity?.kind !== 'customer') throw unauthenticatedError('Sign in as a customer to do this.');
  return identity.customerId;
}
