import { describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, SIGNATURE_HEADER, signIdentity, verifyIdentity, type Identity } from './identity.js';

const secret = 'a-test-secret-of-at-least-32-characters';
const customer: Identity = { kind: 'customer', customerId: 7 };

describe('gateway identity headers', () => {
  it('round-trips an identity and an anonymous request', () => {
    expect(verifyIdentity(signIdentity(customer, secret, { clientIp: '203.0.113.9' }), secret)).toEqual({ ok: true, identity: customer, clientIp: '203.0.113.9' });
    expect(verifyIdentity(signIdentity(null, secret), secret)).toEqual({ ok: true, identity: null, clientIp: null });
  });

  it('refuses a forged identity, a wrong secret, no signature and an old signature', () => {
    const signed = signIdentity(customer, secret);
    const forgedPayload = Buffer.from(JSON.stringify({ identity: { kind: 'staff', staffId: 1, roles: ['ADMIN'] }, iat: Date.now() })).toString('base64url');
    expect(verifyIdentity({ ...signed, [IDENTITY_HEADER]: forgedPayload }, secret)).toMatchObject({ ok: false, reason: 'bad signature' });
    expect(verifyIdentity(signed, `${secret}-other`)).toMatchObject({ ok: false });
    expect(verifyIdentity({ [IDENTITY_HEADER]: signed[IDENTITY_HEADER] }, secret)).toMatchObject({ ok: false, reason: 'unsigned request' });
    expect(verifyIdentity({}, secret)).toMatchObject({ ok: false });
    const old = signIdentity(customer, secret, { now: Date.now() - 120_000 });
    expect(verifyIdentity(old, secret)).toMatchObject({ ok: false, reason: 'stale signature' });
    expect(verifyIdentity({ ...signed, [SIGNATURE_HEADER]: 'x' }, secret)).toMatchObject({ ok: false });
  });
});
