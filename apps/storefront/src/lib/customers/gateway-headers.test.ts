import { describe, expect, it } from 'vitest';
import { forwardedForChain, gatewayHeaders } from './gateway-headers';

describe('forwardedForChain', () => {
  it('passes a chain of addresses on, in order', () => {
    expect(forwardedForChain('203.0.113.7, 10.0.0.2')).toBe('203.0.113.7, 10.0.0.2');
    expect(forwardedForChain('2001:db8::1,::ffff:127.0.0.1')).toBe('2001:db8::1, ::ffff:127.0.0.1');
  });

  it('drops entries that are not addresses', () => {
    expect(forwardedForChain('unknown, <script>, 198.51.100.4')).toBe('198.51.100.4');
  });

  it('keeps only the rightmost hops of a very long chain', () => {
    const chain = Array.from({ length: 30 }, (_, index) => `192.0.2.${index}`).join(',');
    const kept = forwardedForChain(chain)!.split(', ');
    expect(kept).toHaveLength(20);
    expect(kept.at(-1)).toBe('192.0.2.29');
  });

  it('is null when nothing usable was sent', () => {
    expect(forwardedForChain(null)).toBeNull();
    expect(forwardedForChain('')).toBeNull();
    expect(forwardedForChain('nonsense')).toBeNull();
  });
});

describe('gatewayHeaders', () => {
  it('sends the token as a bearer and the shopper address as X-Forwarded-For', () => {
    expect(gatewayHeaders({ token: 'tok_0123456789abcdef', forwardedFor: '203.0.113.7' })).toEqual({
      authorization: 'Bearer tok_0123456789abcdef',
      'x-forwarded-for': '203.0.113.7',
    });
  });

  it('sends neither when there is neither', () => {
    expect(gatewayHeaders({ token: null, forwardedFor: undefined })).toEqual({});
  });
});
