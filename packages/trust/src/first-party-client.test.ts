import { describe, expect, it } from 'vitest';
import {
  FIRST_PARTY_MAX_AGE_MS,
  STOREFRONT_SERVER,
  signFirstPartyClient,
  verifyFirstPartyClient,
} from './first-party-client';

const secret = 's'.repeat(32);
const now = 1_800_000_000_000;

describe('first-party client header', () => {
  it('round-trips an IPv4 and an IPv6 address', () => {
    expect(verifyFirstPartyClient(signFirstPartyClient('203.0.113.9', secret, now), secret, now)).toBe('203.0.113.9');
    expect(verifyFirstPartyClient(signFirstPartyClient('2001:db8::1', secret, now), secret, now + 1000)).toBe(
      '2001:db8::1',
    );
  });

  it('names the storefront server itself, for requests made for no shopper', () => {
    expect(verifyFirstPartyClient(signFirstPartyClient(STOREFRONT_SERVER, secret, now), secret, now)).toBe(
      STOREFRONT_SERVER,
    );
    expect(
      verifyFirstPartyClient(
        signFirstPartyClient(STOREFRONT_SERVER, secret, now).replace('storefront', 'storefronts'),
        secret,
        now,
      ),
    ).toBeNull();
  });

  it('refuses another secret, a changed address, a stale or a future value', () => {
    const value = signFirstPartyClient('203.0.113.9', secret, now);
    expect(verifyFirstPartyClient(value, 't'.repeat(32), now)).toBeNull();
    expect(verifyFirstPartyClient(value.replace('203.0.113.9', '203.0.113.10'), secret, now)).toBeNull();
    expect(verifyFirstPartyClient(value, secret, now + FIRST_PARTY_MAX_AGE_MS + 1)).toBeNull();
    expect(verifyFirstPartyClient(signFirstPartyClient('203.0.113.9', secret, now + 60_000), secret, now)).toBeNull();
  });

  it('refuses junk and non-addresses', () => {
    for (const junk of [undefined, null, '', 'v1', 'x'.repeat(500), 'v1.not-an-ip.1.abc']) {
      expect(verifyFirstPartyClient(junk, secret, now)).toBeNull();
    }
    expect(() => signFirstPartyClient('localhost', secret, now)).toThrow();
  });
});
