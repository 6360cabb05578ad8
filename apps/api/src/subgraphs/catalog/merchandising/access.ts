import type { Identity, StaffRole } from '../../../platform/identity.js';
import { requireStaffRole } from '../../../platform/staff-access.js';

// Who may change titles, descriptions, tags and prices: the assortment (MERCHANDISER), marketing
// (MARKETER) and ADMIN staff. Customers are refused.
const MERCHANDISERS: readonly StaffRole[] = ['MERCHANDISER', 'MARKETER', 'ADMIN'];

export function requireMerchandiser(identity: Identity | null): void {
  requireStaffRole(identity, MERCHANDISERS, 'change products');
}
