// The API's opaque ids (carts, checkouts, orders): `gid://shop/<Type>/<random>`, the random part
// 128 bits in base64url. They are bearer capabilities for a guest, so the storefront reads them
// strictly: anything else (a serial number, a tampered cookie, junk in a URL) is no id at all
// and never reaches the API.

export type OpaqueType = 'Cart' | 'Checkout' | 'Order';

const RANDOM_PART = /^[\w-]{16,64}$/;
const prefixOf = (type: OpaqueType) => `gid://shop/${type}/`;

/** The random part of an opaque id of `type`, or null when the value is not one. */
export function randomPartOf(type: OpaqueType, value: string | null | undefined): string | null {
  if (!value?.startsWith(prefixOf(type))) return null;
  const random = value.slice(prefixOf(type).length);
  return RANDOM_PART.test(random) ? random : null;
}

/** The opaque id of `type` with this random part, or null when it cannot be one. */
export function opaqueIdFrom(type: OpaqueType, random: string): string | null {
  return RANDOM_PART.test(random) ? `${prefixOf(type)}${random}` : null;
}
