import { toGlobalId } from '../../platform/graphql/global-id.js';

// Cart and cart line ids are opaque (platform/graphql/opaque-id.ts): for a guest, holding the
// cart's id is what grants access, so it must not be guessable or enumerable.

export const cartGlobalId = (id: string) => toGlobalId('Cart', id);
export const lineGlobalId = (id: string) => toGlobalId('CartLine', id);

const VARIANT_ID = /^gid:\/\/shop\/ProductVariant\/([1-9][0-9]{0,15})$/;

/** The numeric id of a variant's global id, or null when it is not one. */
export function variantIdOf(value: string): number | null {
  const match = VARIANT_ID.exec(value);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}
