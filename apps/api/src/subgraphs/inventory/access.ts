import type { Identity, StaffRole } from '../../platform/identity.js';
import { requireStaffRole } from '../../platform/staff-access.js';

// Who may change stock: staff who run the assortment (MERCHANDISER) and ADMIN. Marketing staff
// and customers are refused.
const STOCK_EDITORS: readonly StaffRole[] = ['MERCHANDISER', 'ADMIN'];

export function requireStockEditor(identity: Identity | null): void {
  requireStaffRole(identity, STOCK_EDITORS, 'change stock');
}
