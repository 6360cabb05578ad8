import { randomBytes } from 'node:crypto';
import { toGlobalId } from '../../platform/graphql/global-id.js';

// Checkout, order and payment attempt ids are 128 random bits: for a guest, holding the id is
// what grants access (as with Shopify's cart and checkout tokens), so it must not be guessable.
const OPAQUE_GLOBAL_ID = /^gid:\/\/shop\/([A-Za-z]+)\/([A-Za-z0-9_-]{22})$/;

export function newOpaqueId(): string {
  return randomBytes(16).toString('base64url');
}

export const checkoutGlobalId = (id: string) => toGlobalId('Checkout', id);
export const orderGlobalId = (id: string) => toGlobalId('Order', id);

/**
 * The raw id of an opaque global id of `type`; `malformed` when it is not an opaque global id at
 * all (a client error), null when it is one of another type (which looks like a missing object).
 */
export function opaqueIdOf(value: string, type: string): string | null | 'malformed' {
  const match = OPAQUE_GLOBAL_ID.exec(value);
  if (!match) return 'malformed';
  return match[1] === type ? match[2]! : null;
}
