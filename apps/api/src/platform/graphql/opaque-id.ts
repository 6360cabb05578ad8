import { randomBytes } from 'node:crypto';

// Opaque ids: 128 random bits, base64url (22 characters), for objects whose id is what grants a
// guest access (carts, cart lines, checkouts, orders, payment attempts; as with Shopify's cart
// and checkout tokens), so it must not be guessable or enumerable. Their global id is
// `gid://shop/<Type>/<22 characters>`.
const OPAQUE_GLOBAL_ID = /^gid:\/\/shop\/([A-Za-z]+)\/([A-Za-z0-9_-]{22})$/;

export function newOpaqueId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The raw id of an opaque global id of `type`; `malformed` when it is not an opaque global id at
 * all (a client error), null when it is one of another type (which looks like a missing object).
 */
export function opaqueIdOf(value: string, type: string): string | null | 'malformed' {
  const match = OPAQUE_GLOBAL_ID.exec(value);
  if (!match) return 'malformed';
  return match[1] === type ? match[2]! : null;
}

/**
 * For `node`/`nodes`: each global id as its type (one of `types`) and raw id, or null when it is
 * malformed or of another type (both answer null, like a missing object).
 */
export function opaqueRefsOf<T extends string>(
  globalIds: readonly string[],
  types: readonly T[],
): Array<{ type: T; id: string } | null> {
  return globalIds.map((globalId) => {
    const match = OPAQUE_GLOBAL_ID.exec(globalId);
    const type = types.find((candidate) => candidate === match?.[1]);
    return match && type ? { type, id: match[2]! } : null;
  });
}
