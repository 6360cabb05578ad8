import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The client's address for per-IP limits. Behind a CDN, load balancer or the storefront's own
 * server, the socket peer is that proxy, so every shopper would share one bucket. Only peers in
 * TRUSTED_PROXIES are believed about X-Forwarded-For: walking it from the right, the first
 * address that is not a trusted proxy is the client. Anything a client writes to the left of
 * that is ignored, so it cannot choose its own address.
 */
export function createClientIpResolver(trustedProxies: readonly string[]): (req: IncomingMessage) => string {
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(address)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) trusted.addAddress(address, family);
    else trusted.addSubnet(address, Number(bits), family);
  }
  const isTrusted = (address: string) => {
    const family = isIP(address);
    return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
  return (req) => {
    let client = normalize(req.socket.remoteAddress ?? '');
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((hop) => normalize(hop.trim()))
      .filter(Boolean);
    while (isTrusted(client) && hops.length) client = hops.pop()!;
    return client;
  };
}

function normalize(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}
