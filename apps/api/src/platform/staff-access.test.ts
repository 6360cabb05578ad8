import { describe, expect, it } from 'vitest';
import type { Identity } from './identity.js';
import { hasStaffRole, requireStaffRole } from './staff-access.js';

const staff = (roles: Extract<Identity, { kind: 'staff' }>['roles']): Identity => ({
  kind: 'staff',
  staffId: 7,
  roles,
});
const customer: Identity = { kind: 'customer', customerId: 3 };

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
}

describe('requireStaffRole', () => {
  it('returns the staff id of staff holding one of the roles', () => {
    expect(requireStaffRole(staff(['MARKETER']), ['MARKETER', 'ADMIN'], 'change content')).toBe(7);
  });

  it('refuses nobody as UNAUTHENTICATED, customers and other staff as FORBIDDEN', () => {
    expect(codeOf(() => requireStaffRole(null, ['ADMIN'], 'change stock'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireStaffRole(customer, ['ADMIN'], 'change stock'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireStaffRole(staff(['MARKETER']), ['MERCHANDISER', 'ADMIN'], 'change stock'))).toBe(
      'FORBIDDEN',
    );
  });

  it('names the roles that may in the refusal', () => {
    expect(() => requireStaffRole(customer, ['MERCHANDISER', 'MARKETER', 'ADMIN'], 'change products')).toThrow(
      'Only staff with role MERCHANDISER, MARKETER or ADMIN may change products.',
    );
  });
});

describe('hasStaffRole', () => {
  it('is false for customers and nobody', () => {
    expect(hasStaffRole(customer, ['ADMIN'])).toBe(false);
    expect(hasStaffRole(null, ['ADMIN'])).toBe(false);
    expect(hasStaffRole(staff(['ADMIN']), ['ADMIN'])).toBe(true);
  });
});
