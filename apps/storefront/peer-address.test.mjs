import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER, recordPeerAddress } from './peer-address.mjs';
import { PEER_ADDRESS_HEADER as APP_PEER_ADDRESS_HEADER } from './src/lib/first-party/shopper-address.ts';

const request = (remoteAddress, headers = {}) => ({ socket: { remoteAddress }, headers });

describe('recordPeerAddress', () => {
  it('is the header the app reads', () => {
    expect(PEER_ADDRESS_HEADER).toBe(APP_PEER_ADDRESS_HEADER);
  });

  it("overwrites a client's own value with the socket peer", () => {
    const forged = request('198.51.100.4', {
      [PEER_ADDRESS_HEADER]: '203.0.113.99',
      'x-forwarded-for': '203.0.113.99',
    });
    recordPeerAddress(forged);
    expect(forged.headers[PEER_ADDRESS_HEADER]).toBe('198.51.100.4');
  });

  it('unmaps IPv4-mapped IPv6 and keeps real IPv6', () => {
    const mapped = request('::ffff:127.0.0.2');
    recordPeerAddress(mapped);
    expect(mapped.headers[PEER_ADDRESS_HEADER]).toBe('127.0.0.2');
    const v6 = request('2001:db8::7');
    recordPeerAddress(v6);
    expect(v6.headers[PEER_ADDRESS_HEADER]).toBe('2001:db8::7');
  });

  it('drops a client value when the socket has no address', () => {
    const gone = request(undefined, { [PEER_ADDRESS_HEADER]: '203.0.113.99' });
    recordPeerAddress(gone);
    expect(gone.headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });
});
