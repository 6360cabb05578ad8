import { isIPv4 } from 'node:net';

// Kept in step with src/lib/first-party/shopper-address.ts (peer-address.test.mjs checks it).
export const PEER_ADDRESS_HEADER = 'x-shop-peer';

/**
 * Writes the request's socket peer into PEER_ADDRESS_HEADER, over any value the client sent,
 * before Next.js sees the request: the app reads the shopper's address from it (Next.js's own
 * X-Forwarded-For keeps whatever a client claims). IPv4-mapped IPv6 becomes plain IPv4, so one
 * shopper is one address whichever socket family the server listens on.
 * @param {import('node:http').IncomingMessage} request
 */
export function recordPeerAddress(request) {
  const address = request.socket?.remoteAddress;
  if (!address) {
    delete request.headers[PEER_ADDRESS_HEADER];
    return;
  }
  const mapped = address.startsWith('::ffff:') ? address.slice(7) : null;
  request.headers[PEER_ADDRESS_HEADER] = mapped && isIPv4(mapped) ? mapped : address;
}
