import type { Identity, StaffRole } from '../../platform/identity.js';
import { hasStaffRole, requireStaffRole } from '../../platform/staff-access.js';

// Pages, menus and experiments are marketing's (MARKETER) and ADMIN's. Other staff and customers
// are refused.
const CONTENT_EDITORS: readonly StaffRole[] = ['MARKETER', 'ADMIN'];

/** True for staff who may write content and read drafts. */
export function isContentEditor(identity: Identity | null): identity is Extract<Identity, { kind: 'staff' }> {
  return hasStaffRole(identity, CONTENT_EDITORS);
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the caller may edit content; returns the staff id. */
export function requireContentEditor(identity: Identity | null): number {
  return requireStaffRole(identity, CONTENT_EDITORS, 'change content');
}
