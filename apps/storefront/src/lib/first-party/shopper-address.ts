import { isIP } from 'node:net';

/**
 * The socket peer of the request to Next.js, written by server.mjs over anything a client sent.
 * Next.js's own `x-forwarded-for` cannot serve: it keeps a value the client sent itself and
 * only fills in the socket address when there is none (base-server.js, `??=`).
 * Keep in step with PEER_ADDRESS_HEADER in server.mjs (peer-address.test.mjs checks it).
 */
export const PEER_ADDRESS_HEADER = 'x-shop-peer';

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The shopper's address for the gateway's per-client budgets: the socket peer, or, behind an
 * edge that appends the client it saw (TRUST_FORWARDED_FOR), the rightmost X-Forwarded-For
 * entry. Entries left of it are the client's own claims and never read. Null when neither is
 * a well-formed address (then the request goes without a first-party header).
 */
export function shopperAddress(headers: HeaderSource, trustForwardedFor: boolean): string | null {
  if (trustForwardedFor) {
    const rightmost = (headers.get('x-forwarded-for') ?? '').split(',').at(-1)?.trim() ?? '';
    if (isIP(rightmost) !== 0) return rightmost;
  }
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() ?? '';
  return isIP(peer) !== 0 ? peer : null;
}
