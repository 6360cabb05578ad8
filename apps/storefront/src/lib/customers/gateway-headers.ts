import { firstPartyHeader } from '../first-party/first-party-header';

/**
 * Headers for a server-side gateway call on the shopper's behalf: their token, if any, and
 * their address, signed (`x-shop-client`), for the gateway's per-client budgets and sign-in limits.
 */
export function gatewayHeaders(options: {
  token: string | null;
  clientIp: string | null;
  secret: string | undefined;
}): Record<string, string> {
  const headers: Record<string, string> = firstPartyHeader(options.clientIp, options.secret);
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return headers;
}
