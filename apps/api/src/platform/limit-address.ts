import { isIPv6 } from 'node:net';

/**
 * The address a limit counts: IPv4 as is (also when IPv4-mapped), IPv6 by its /64, the block a
 * single subscriber usually holds; otherwise one /64 would hand out endless fresh buckets.
 */
export function limitAddress(clientIp: string | null): string {
  if (!clientIp) return 'unknown';
  const ip = clientIp.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
