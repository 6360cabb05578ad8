import type { Identity } from '../../platform/identity.js';

/**
 * The one authorisation rule of carts: a cart owned by a customer is visible to that customer
 * only; a guest cart (no owner) to whoever holds its unguessable id. Callers treat "not
 * visible" exactly like "missing".
 */
export function isVisibleTo(identity: Identity | null, cart: { customerId: number | null }): boolean {
  if (cart.customerId === null) return true;
  return identity?.kind === 'customer' && identity.customerId === cart.customerId;
}

/** The customer a new cart belongs to: the signed-in customer, or none for a guest. */
export function ownerOf(identity: Identity | null): number | null {
  return identity?.kind === 'customer' ? identity.customerId : null;
}
