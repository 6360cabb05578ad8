import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createClientIpResolver } from './client-ip.js';

const req = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe('client IP', () => {
  it('is the socket peer when no proxy is trusted, whatever the client claims', () => {
    const resolve = createClientIpResolver([]);
    expect(resolve(req('203.0.113.5', '198.51.100.1'))).toBe('203.0.113.5');
    expect(resolve(req('::ffff:203.0.113.5'))).toBe('203.0.113.5');
  });

  it('takes the first untrusted hop from the right behind trusted proxies', () => {
    const resolve = createClientIpResolver(['10.0.0.0/8', '127.0.0.1']);
    // client -> CDN (10.1.1.1) -> storefront (127.0.0.1) -> gateway
    expect(resolve(req('127.0.0.1', '203.0.113.5, 10.1.1.1'))).toBe('203.0.113.5');
    // A client that writes its own X-Forwarded-For gains nothing: its entry is left of the real one.
    expect(resolve(req('10.1.1.1', 'forged.example, 1.2.3.4, 203.0.113.9'))).toBe('203.0.113.9');
    // A trusted peer that forwards nothing is the client.
    expect(resolve(req('10.2.2.2'))).toBe('10.2.2.2');
  });

  it('refuses a malformed setting at start', () => {
    expect(() => createClientIpResolver(['not-an-ip'])).toThrow(/TRUSTED_PROXIES/);
  });
});
