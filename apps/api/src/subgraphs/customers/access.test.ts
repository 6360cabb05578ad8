import { describe, expect, it } from 'vitest';
import type { Identity } from '../../platform/identity.js';
import { canReadCustomer, requireCustomerId } from './access.js';

describe('access to customers', () => {
  it('lets a customer read only themselves, and ADMIN staff anyone', () => {
    expect(canReadCustomer({ kind: 'customer', customerId: 7 }, 7)).toBe(true);
    expect(canReadCustomer({ kind: 'customer', customerId: 8 }, 7)).toBe(false);
    expect(canReadCustomer({ kind: 'staff', staffId: 1, roles: ['ADMIN'] }, 7)).toBe(true);
    expect(canReadCustomer({ kind: 'staff', staffId: 1, roles: ['MARKETER', 'MERCHANDISER'] }, 7)).toBe(false);
    expect(canReadCustomer(null, 7)).toBe(false);
  });

  it('makes customer-only mutations UNAUTHENTICATED for anyone but a customer', () => {
    expect(requireCustomerId({ kind: 'customer', customerId: 7 })).toBe(7);
    for (const identity of [null, { kind: 'staff', staffId: 1, roles: ['ADMIN'] }] as Identity[]) {
      expect(() => requireCustomerId(identity)).toThrow(
        expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }),
      );
    }
  });
});
