import type { Identity } from './identity.js';

/**
 * The one authorisation rule of what a shopper owns (carts, checkouts, orders): an object owned
 * by a customer is visible to that customer only; a guest object (no owner) to whoever holds its
 * unguessable id. Callers treat "not visible" exactly like "missing".
 */
export function isVisibleTo(identity: Identity | null, owned: { customerId: number | null }): boolean {
  if (owned.customerId === null) return true;
  return identity?.kind === 'customer' && identity.customerId === owned.customerId;
}

/** The customer a new cart or checkout belongs to: the signed-in customer, or none for a guest. */
export function ownerOf(identity: Identity | null): number | null {
  return identity?.kind === 'customer' ? identity.customerId : null;
}
