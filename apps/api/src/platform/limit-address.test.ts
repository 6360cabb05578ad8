import { describe, expect, it } from 'vitest';
import { limitAddress } from './limit-address.js';

describe('limitAddress', () => {
  it('counts IPv4 as is and IPv6 per /64', () => {
    expect(limitAddress('192.0.2.7')).toBe('192.0.2.7');
    expect(limitAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(limitAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitAddress('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(limitAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitAddress(null)).toBe('unknown');
  });
});
