import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * The storefront server's word to the gateway about whose request it forwards. Signed with
 * FIRST_PARTY_SECRET, which only the storefront and the gateway hold, so the gateway can give
 * first-party traffic its own budget and count each shopper's address apart, instead of every
 * shopper sharing the storefront server's address (and one rate-limit bucket).
 *
 * Value: `v1.<client address>.<issued at, ms>.<HMAC-SHA256 of the first three parts, base64url>`.
 */
export const FIRST_PARTY_HEADER = 'x-shop-client';

/**
 * The client named when the storefront server asks for itself (rendering a page for its cache),
 * not for a shopper: such requests are bounded by the page cache and the edge, not by a budget.
 */
export const STOREFRONT_SERVER = 'storefront';

/** A signed value is good this long: a copied header cannot be replayed for long. */
export const FIRST_PARTY_MAX_AGE_MS = 30_000;
/** Clocks of two machines differ; a value issued further ahead than this is refused. */
const MAX_FUTURE_SKEW_MS = 5_000;

export function signFirstPartyClient(clientIp: string, secret: string, now = Date.now()): string {
  if (isIP(clientIp) === 0 && clientIp !== STOREFRONT_SERVER) throw new Error(`not an IP address: ${clientIp}`);
  const payload = `v1.${clientIp}.${now}`;
  return `${payload}.${mac(payload, secret)}`;
}

/**
 * The shopper's address (or STOREFRONT_SERVER) when the value is well-formed, fresh and signed
 * with `secret`; else null.
 */
export function verifyFirstPartyClient(
  value: string | null | undefined,
  secret: string,
  now = Date.now(),
): string | null {
  if (!value || value.length > 200) return null;
  const cut = value.lastIndexOf('.');
  if (cut < 0) return null;
  const payload = value.slice(0, cut);
  const given = Buffer.from(value.slice(cut + 1));
  const expected = Buffer.from(mac(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const match = /^v1\.(.+)\.(\d{1,15})$/.exec(payload);
  if (!match) return null;
  const [, clientIp = '', issuedAt = ''] = match;
  const age = now - Number(issuedAt);
  if (age > FIRST_PARTY_MAX_AGE_MS || age < -MAX_FUTURE_SKEW_MS) return null;
  return isIP(clientIp) !== 0 || clientIp === STOREFRONT_SERVER ? clientIp : null;
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
