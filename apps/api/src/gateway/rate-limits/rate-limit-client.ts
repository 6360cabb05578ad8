import type { IncomingMessage } from 'node:http';
import { FIRST_PARTY_HEADER, STOREFRONT_SERVER, verifyFirstPartyClient } from '@commerce/trust';
import type { Identity } from '../../platform/identity.js';
import { limitAddress } from '../../platform/limit-address.js';

/**
 * Whose budget a request spends: a shopper's through our storefront server, or any other
 * client's. The storefront server asking for itself (rendering a page for its cache) spends
 * none: its renders are bounded by its page cache and the edge, and throttling them would fail
 * pages for everyone at once. The cost limit per operation still applies to it.
 */
export type Budget = 'first-party' | 'client';
export type Bucket = Budget | 'storefront-server';

export interface RateLimitClient {
  budget: Bucket;
  /** The client's address as the gateway believes it (the shopper's, for first-party traffic). */
  clientIp: string;
  /** The bucket: a signed-in customer or staff member, else the address (IPv6 by its /64). */
  key: string;
}

/**
 * Who a request is for rate limits. The storefront server's requests carry the shopper's
 * address in a header signed with FIRST_PARTY_SECRET: they get the first-party budget, counted
 * per shopper, so shoppers never share the storefront server's one bucket. A forged or stale
 * header is ignored (the request counts as the address it comes from). Sets `x-client-ip`, which
 * the gateway signs on to subgraphs (the customers service's sign-in limits count it).
 */
const clients = new WeakMap<IncomingMessage, Omit<RateLimitClient, 'key'>>();

/** The client `resolveRateLimitClient` found for this HTTP request, if it ran. */
export function rateLimitClientOf(req: IncomingMessage | undefined): Omit<RateLimitClient, 'key'> | undefined {
  return req ? clients.get(req) : undefined;
}

export function createRateLimitClientResolver(options: {
  firstPartySecret: string | undefined;
  clientIpOf: (req: IncomingMessage) => string;
}) {
  return (req: IncomingMessage): Omit<RateLimitClient, 'key'> => {
    const header = req.headers[FIRST_PARTY_HEADER];
    delete req.headers[FIRST_PARTY_HEADER];
    const signed =
      options.firstPartySecret && typeof header === 'string'
        ? verifyFirstPartyClient(header, options.firstPartySecret)
        : null;
    const shopper = signed === STOREFRONT_SERVER ? null : signed;
    const clientIp = shopper ?? options.clientIpOf(req);
    req.headers['x-client-ip'] = clientIp;
    const budget: Bucket = signed === STOREFRONT_SERVER ? 'storefront-server' : shopper ? 'first-party' : 'client';
    const client = { budget, clientIp };
    clients.set(req, client);
    return client;
  };
}

/**
 * The bucket, once the identity is known: a signed-in person by their id (so a customer on a
 * shared network keeps their own budget), otherwise the address. A token is never the key
 * by itself: made-up tokens would each open a fresh bucket.
 */
export function rateLimitKey(client: Omit<RateLimitClient, 'key'>, identity: Identity | null): string {
  if (identity?.kind === 'customer') return `customer:${identity.customerId}`;
  if (identity?.kind === 'staff') return `staff:${identity.staffId}`;
  return `ip:${limitAddress(client.clientIp)}`;
}
