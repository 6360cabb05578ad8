import { describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, SIGNATURE_HEADER, signIdentity, verifyIdentity, type Identity } from './identity.js';

const secret = 'a-test-secret-of-at-least-32-characters';
const customer: Identity = { kind: 'customer', customerId: 7 };

describe('gateway identity headers', () => {
  it('round-trips an identity and an anonymous request', () => {
    expect(verifyIdentity(signIdentity(customer, secret, { audience: 'customers', clientIp: '203.0.113.9' }), secret, 'customers')).toEqual({ ok: true, identity: customer, clientIp: '203.0.113.9' });
    expect(verifyIdentity(signIdentity(null, secret, { audience: 'customers' }), secret, 'customers')).toEqual({ ok: true, identity: null, clientIp: null });
  });

  it('refuses a forged identity, a wrong secret, no signature and an old signature', () => {
    const signed = signIdentity(customer, secret, { audience: 'customers' });
    const forgedPayload = Buffer.from(JSON.stringify({ identity: { kind: 'staff', staffId: 1, roles: ['ADMIN'] }, aud: 'customers', iat: Date.now() })).toString('base64url');
    expect(verifyIdentity({ ...signed, [IDENTITY_HEADER]: forgedPayload }, secret, 'customers')).toMatchObject({ ok: false, reason: 'bad signature' });
    expect(verifyIdentity(signed, `${secret}-other`, 'customers')).toMatchObject({ ok: false });
    expect(verifyIdentity({ [IDENTITY_HEADER]: signed[IDENTITY_HEADER] }, secret, 'customers')).toMatchObject({ ok: false, reason: 'unsigned request' });
    expect(verifyIdentity({}, secret, 'customers')).toMatchObject({ ok: false });
    const old = signIdentity(customer, secret, { audience: 'customers', now: Date.now() - 120_000 });
    expect(verifyIdentity(old, secret, 'customers')).toMatchObject({ ok: false, reason: 'stale signature' });
    expect(verifyIdentity({ ...signed, [SIGNATURE_HEADER]: 'x' }, secret, 'customers'))
      .toMatchObject({ ok: false });
    expect(verifyIdentity(signed, secret, 'catalog')).toMatchObject({ ok: false });
  });
});
