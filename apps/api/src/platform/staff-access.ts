import { forbiddenError, unauthenticatedError } from './graphql/errors.js';
import type { Identity, StaffRole } from './identity.js';

type Staff = Extract<Identity, { kind: 'staff' }>;

/** True for staff holding at least one of `roles`. */
export function hasStaffRole(identity: Identity | null, roles: readonly StaffRole[]): identity is Staff {
  return identity?.kind === 'staff' && identity.roles.some((role) => roles.includes(role));
}

/**
 * The one rule for staff-only writes: nobody signed in is UNAUTHENTICATED; a customer, or staff
 * without one of `roles`, is signed in but refused (FORBIDDEN), naming the roles that may.
 * Returns the staff member's id for audit columns.
 */
export function requireStaffRole(identity: Identity | null, roles: readonly StaffRole[], action: string): number {
  if (!identity) throw unauthenticatedError(`Sign in as staff to ${action}.`);
  if (!hasStaffRole(identity, roles)) {
    throw forbiddenError(`Only staff with role ${roles.join(', ').replace(/, (?=[^,]*$)/, ' or ')} may ${action}.`);
  }
  return identity.staffId;
}
