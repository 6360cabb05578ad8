import { FIRST_PARTY_HEADER, STOREFRONT_SERVER, signFirstPartyClient } from '@commerce/trust';
import { PEER_ADDRESS_HEADER } from './shopper-address';

/**
 * The signed `x-shop-client` header for a gateway call made on a shopper's behalf, so the
 * gateway counts each shopper apart instead of every shopper as the storefront server's address.
 * Nothing without a secret (development without `npm start`) or without an address.
 */
export function firstPartyHeader(
  clientIp: string | null,
  secret: string | undefined,
  now = Date.now(),
): Record<string, string> {
  if (!secret || !clientIp) return {};
  return { [FIRST_PARTY_HEADER]: signFirstPartyClient(clientIp, secret, now) };
}

/**
 * Request headers for the browser's `/api/graphql` call as forwarded to the gateway: the
 * browser's own (cookie, content type, CSRF), minus any `x-shop-client` or peer header it
 * made up, plus the signed one.
 */
export function gatewayRewriteHeaders(
  incoming: Headers,
  clientIp: string | null,
  secret: string | undefined,
  now = Date.now(),
): Headers {
  const headers = new Headers(incoming);
  headers.delete(FIRST_PARTY_HEADER);
  headers.delete(PEER_ADDRESS_HEADER);
  for (const [name, value] of Object.entries(firstPartyHeader(clientIp, secret, now))) headers.set(name, value);
  return headers;
}

/**
 * Headers for any server-side gateway call: the shopper's own (token, signed address) when the
 * call is made on a shopper's behalf; otherwise the storefront server signed as itself, so that
 * rendering pages for the cache is never throttled as if it were one busy client.
 */
export function serverRequestHeaders(
  shopperHeaders: Record<string, string> | undefined,
  secret: string | undefined,
  now = Date.now(),
): Record<string, string> {
  return { ...firstPartyHeader(STOREFRONT_SERVER, secret, now), ...shopperHeaders };
}
