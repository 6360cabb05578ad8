import { forbiddenError, unauthenticatedError } from '../../platform/graphql/errors.js';
import type { Identity, StaffRole } from '../../platform/identity.js';

// Pages, menus and experiments are marketing's (MARKETER) and ADMIN's. Other staff and customers
// are signed in but refused (FORBIDDEN); nobody signed in is UNAUTHENTICATED, as elsewhere.
const CONTENT_EDITORS: readonly StaffRole[] = ['MARKETER', 'ADMIN'];

/** True for staff who may write content and read drafts. */
export function isContentEditor(identity: Identity | null): identity is Extract<Identity, { kind: 'staff' }> {
  return identity?.kind === 'staff' && identity.roles.some((role) => CONTENT_EDITORS.includes(role));
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the caller may edit content; returns the staff id. */
export function requireContentEditor(identity: Identity | null): number {
  if (!identity) throw unauthenticatedError('Sign in as staff to change content.');
  if (!isContentEditor(identity)) throw forbiddenError('Only staff with role MARKETER or ADMIN may do this.');
  return identity.staffId;
}
