import type { Identity } from '../../platform/identity.js';

/**
 * The one authorisation rule of checkout and orders: an object owned by a customer is visible
 * to that customer only; a guest object (no owner) to whoever holds its unguessable id. Callers
 * treat "not visible" exactly like "missing".
 */
export function isVisibleTo(identity: Identity | null, owner: { customerId: number | null }): boolean {
  if (owner.customerId === null) return true;
  return identity?.kind === 'customer' && identity.customerId === owner.customerId;
}

/** The customer a new checkout belongs to: the signed-in customer, or none for a guest. */
export function ownerOf(identity: Identity | null): number | null {
  return identity?.kind === 'customer' ? identity.customerId : null;
}
