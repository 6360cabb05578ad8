import { isIP } from 'node:net';

const MAX_FORWARDED_HOPS = 20;

/**
 * The shopper's X-Forwarded-For chain to pass on to the gateway, so its per-IP sign-in limits
 * count shoppers rather than the storefront server. Used only behind an edge that appends the
 * client it saw (TRUST_FORWARDED_FOR): Next.js keeps a header the client sent itself. The gateway
 * believes the chain only from peers in its TRUSTED_PROXIES and reads it from the right, so only
 * well-formed addresses are kept (and not endlessly many); entries on the left are the client's
 * own claims either way.
 */
export function forwardedForChain(header: string | null | undefined): string | null {
  const hops = (header ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => isIP(hop) !== 0)
    .slice(-MAX_FORWARDED_HOPS);
  return hops.length ? hops.join(', ') : null;
}

/** Headers for a server-side gateway call on the shopper's behalf. */
export function gatewayHeaders(options: { token: string | null; forwardedFor: string | null | undefined }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const chain = forwardedForChain(options.forwardedFor);
  if (chain) headers['x-forwarded-for'] = chain;
  return headers;
}
