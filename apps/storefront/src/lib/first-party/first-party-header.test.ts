import { FIRST_PARTY_HEADER, STOREFRONT_SERVER, verifyFirstPartyClient } from '@commerce/trust';
import { describe, expect, it } from 'vitest';
import { firstPartyHeader, gatewayRewriteHeaders, serverRequestHeaders } from './first-party-header';
import { PEER_ADDRESS_HEADER, shopperAddress } from './shopper-address';

const secret = 'f'.repeat(40);
const now = 1_800_000_000_000;

describe('shopperAddress', () => {
  it('is the socket peer the server recorded, whatever X-Forwarded-For claims', () => {
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: '198.51.100.4', 'x-forwarded-for': '203.0.113.99' });
    expect(shopperAddress(headers, false)).toBe('198.51.100.4');
  });

  it('behind a trusted edge, is the rightmost address of X-Forwarded-For (the one the edge appended)', () => {
    const headers = new Headers({
      [PEER_ADDRESS_HEADER]: '10.0.0.5',
      'x-forwarded-for': '203.0.113.99, nonsense, 198.51.100.7',
    });
    expect(shopperAddress(headers, true)).toBe('198.51.100.7');
    expect(
      shopperAddress(new Headers({ [PEER_ADDRESS_HEADER]: '10.0.0.5', 'x-forwarded-for': '198.51.100.7, junk' }), true),
    ).toBe('10.0.0.5');
  });

  it('is null when nothing trustworthy names the shopper', () => {
    expect(shopperAddress(new Headers({ 'x-forwarded-for': '203.0.113.99' }), false)).toBeNull();
    expect(shopperAddress(new Headers({ [PEER_ADDRESS_HEADER]: 'localhost' }), false)).toBeNull();
  });
});

describe('firstPartyHeader', () => {
  it('signs the shopper address for the gateway', () => {
    const headers = firstPartyHeader('198.51.100.4', secret, now);
    expect(verifyFirstPartyClient(headers[FIRST_PARTY_HEADER], secret, now)).toBe('198.51.100.4');
  });

  it('sends nothing without a secret or an address', () => {
    expect(firstPartyHeader('198.51.100.4', undefined, now)).toEqual({});
    expect(firstPartyHeader(null, secret, now)).toEqual({});
  });
});

describe('gatewayRewriteHeaders', () => {
  it("replaces a client's own x-shop-client and peer header with the signed shopper address", () => {
    const incoming = new Headers({
      [FIRST_PARTY_HEADER]: 'v1.203.0.113.99.1.forged',
      [PEER_ADDRESS_HEADER]: '198.51.100.4',
      cookie: 'shop_session=abc',
      'content-type': 'application/json',
    });
    const headers = gatewayRewriteHeaders(incoming, '198.51.100.4', secret, now);
    expect(verifyFirstPartyClient(headers.get(FIRST_PARTY_HEADER), secret, now)).toBe('198.51.100.4');
    expect(headers.get(PEER_ADDRESS_HEADER)).toBeNull();
    expect(headers.get('cookie')).toBe('shop_session=abc');
  });

  it('strips a client-sent x-shop-client even when there is nothing to sign', () => {
    const incoming = new Headers({ [FIRST_PARTY_HEADER]: 'v1.203.0.113.99.1.forged' });
    expect(gatewayRewriteHeaders(incoming, null, secret, now).get(FIRST_PARTY_HEADER)).toBeNull();
    expect(gatewayRewriteHeaders(incoming, '198.51.100.4', undefined, now).get(FIRST_PARTY_HEADER)).toBeNull();
  });
});

describe('serverRequestHeaders', () => {
  it('signs the storefront server itself when no shopper is named, and lets a shopper header win', () => {
    const own = serverRequestHeaders(undefined, secret, now);
    expect(verifyFirstPartyClient(own[FIRST_PARTY_HEADER], secret, now)).toBe(STOREFRONT_SERVER);
    const shopper = serverRequestHeaders(firstPartyHeader('198.51.100.4', secret, now), secret, now);
    expect(verifyFirstPartyClient(shopper[FIRST_PARTY_HEADER], secret, now)).toBe('198.51.100.4');
    expect(serverRequestHeaders({ authorization: 'Bearer x' }, undefined, now)).toEqual({ authorization: 'Bearer x' });
  });
});
