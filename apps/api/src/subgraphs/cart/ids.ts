import { randomBytes } from 'node:crypto';
import { toGlobalId } from '../../platform/graphql/global-id.js';

// Cart and cart line ids are 128 random bits: for a guest, holding the cart's id is what grants
// access (as with Shopify's cart tokens), so it must not be guessable or enumerable.
const OPAQUE_GLOBAL_ID = /^gid:\/\/shop\/([A-Za-z]+)\/([A-Za-z0-9_-]{22})$/;

export function newOpaqueId(): string {
  return randomBytes(16).toString('base64url');
}

export const cartGlobalId = (id: string) => toGlobalId('Cart', id);
export const lineGlobalId = (id: string) => toGlobalId('CartLine', id);

/**
 * The raw id of an opaque global id of `type`; `malformed` when it is not an opaque global id at
 * all (a client error), null when it is one of another type (which looks like a missing object).
 */
export function opaqueIdOf(value: string, type: 'Cart' | 'CartLine'): string | null | 'malformed' {
  const match = OPAQUE_GLOBAL_ID.exec(value);
  if (!match) return 'malformed';
  return match[1] === type ? match[2]! : null;
}

const VARIANT_ID = /^gid:\/\/shop\/ProductVariant\/([1-9][0-9]{0,15})$/;

/** The numeric id of a variant's global id, or null when it is not one. */
export function variantIdOf(value: string): number | null {
  const match = VARIANT_ID.exec(value);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}
