import { FIRST_PARTY_HEADER, verifyFirstPartyClient } from '@commerce/trust';
import { describe, expect, it } from 'vitest';
import { gatewayHeaders } from './gateway-headers';

const secret = 'f'.repeat(40);

describe('gatewayHeaders', () => {
  it("sends the token as a bearer and the shopper's address signed as first-party traffic", () => {
    const headers = gatewayHeaders({ token: 'tok_0123456789abcdef', clientIp: '203.0.113.7', secret });
    expect(headers.authorization).toBe('Bearer tok_0123456789abcdef');
    expect(verifyFirstPartyClient(headers[FIRST_PARTY_HEADER], secret)).toBe('203.0.113.7');
    // The address travels signed only: an unsigned X-Forwarded-For would be anybody's claim.
    expect(headers['x-forwarded-for']).toBeUndefined();
  });

  it('sends neither when there is neither', () => {
    expect(gatewayHeaders({ token: null, clientIp: null, secret })).toEqual({});
  });
});
