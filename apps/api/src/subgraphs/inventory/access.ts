import { forbiddenError, unauthenticatedError } from '../../platform/graphql/errors.js';
import type { Identity, StaffRole } from '../../platform/identity.js';

// Who may change stock: staff who run the assortment (MERCHANDISER) and ADMIN. Marketing staff
// and customers are signed in but refused (FORBIDDEN); nobody signed in is UNAUTHENTICATED, as
// the customers domain answers.
const STOCK_EDITORS: readonly StaffRole[] = ['MERCHANDISER', 'ADMIN'];

export function requireStockEditor(identity: Identity | null): void {
  if (!identity) throw unauthenticatedError('Sign in as staff to change stock.');
  if (identity.kind !== 'staff' || !identity.roles.some((role) => STOCK_EDITORS.includes(role))) {
    throw forbiddenError('Only staff with role MERCHANDISER or ADMIN may change stock.');
  }
}
