import { describe, expect, it } from 'vitest';
import {
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  signIdentity,
  verifyIdentity,
  type Identity,
  type SignedRequest,
} from './identity.js';

const secret = 'a-test-secret-of-at-least-32-characters';
const customer: Identity = { kind: 'customer', customerId: 7 };
const request: SignedRequest = { method: 'POST', path: '/graphql', body: '{"query":"{ customer { id } }"}' };
const sign = (identity: Identity | null, options: { audience?: string; clientIp?: string; now?: number } = {}) =>
  signIdentity(identity, secret, { audience: 'customers', request, ...options });

describe('gateway identity headers', () => {
  it('round-trips an identity and an anonymous request', () => {
    expect(verifyIdentity(sign(customer, { clientIp: '203.0.113.9' }), secret, 'customers', request)).toEqual({
      ok: true,
      identity: customer,
      clientIp: '203.0.113.9',
    });
    expect(verifyIdentity(sign(null), secret, 'customers', request)).toEqual({
      ok: true,
      identity: null,
      clientIp: null,
    });
    // Bytes and text of the same body are the same body.
    expect(
      verifyIdentity(sign(null), secret, 'customers', { ...request, body: Buffer.from(request.body) }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a forged identity, a wrong secret, no signature and an old signature', () => {
    const signed = sign(customer);
    const forgedPayload = Buffer.from(
      JSON.stringify({ identity: { kind: 'staff', staffId: 1, roles: ['ADMIN'] }, aud: 'customers', iat: Date.now() }),
    ).toString('base64url');
    expect(verifyIdentity({ ...signed, [IDENTITY_HEADER]: forgedPayload }, secret, 'customers', request)).toMatchObject(
      { ok: false, reason: 'bad signature' },
    );
    expect(verifyIdentity(signed, `${secret}-other`, 'customers', request)).toMatchObject({ ok: false });
    expect(verifyIdentity({ [IDENTITY_HEADER]: signed[IDENTITY_HEADER] }, secret, 'customers', request)).toMatchObject({
      ok: false,
      reason: 'unsigned request',
    });
    expect(verifyIdentity({}, secret, 'customers', request)).toMatchObject({ ok: false });
    expect(verifyIdentity({ ...signed, [SIGNATURE_HEADER]: 'x' }, secret, 'customers', request)).toMatchObject({
      ok: false,
    });
    expect(verifyIdentity(signed, secret, 'catalog', request)).toMatchObject({ ok: false });
  });

  it('binds the header to one request: another body, path or method is refused', () => {
    const signed = sign(customer);
    const refused = { ok: false, reason: 'signed for another request' };
    expect(
      verifyIdentity(signed, secret, 'customers', { ...request, body: '{"query":"mutation { customerDelete }"}' }),
    ).toEqual(refused);
    expect(verifyIdentity(signed, secret, 'customers', { ...request, body: '' })).toEqual(refused);
    expect(verifyIdentity(signed, secret, 'customers', { ...request, path: '/internal/identity' })).toEqual(refused);
    expect(verifyIdentity(signed, secret, 'customers', { ...request, path: '/graphql?extensions=1' })).toEqual(refused);
    expect(verifyIdentity(signed, secret, 'customers', { ...request, method: 'GET' })).toEqual(refused);
  });

  it('lives for seconds: older than the maximum age or dated in the future is refused', () => {
    const now = Date.now();
    expect(verifyIdentity(sign(customer, { now: now - 5_000 }), secret, 'customers', request, now)).toMatchObject({
      ok: true,
    });
    expect(verifyIdentity(sign(customer, { now: now - 11_000 }), secret, 'customers', request, now)).toEqual({
      ok: false,
      reason: 'stale signature',
    });
    expect(verifyIdentity(sign(customer, { now: now - 59_000 }), secret, 'customers', request, now)).toEqual({
      ok: false,
      reason: 'stale signature',
    });
    expect(verifyIdentity(sign(customer, { now: now + 1_000 }), secret, 'customers', request, now)).toMatchObject({
      ok: true,
    });
    expect(verifyIdentity(sign(customer, { now: now + 5_000 }), secret, 'customers', request, now)).toEqual({
      ok: false,
      reason: 'signed in the future',
    });
    expect(verifyIdentity(sign(customer, { now: now + 50_000 }), secret, 'customers', request, now)).toEqual({
      ok: false,
      reason: 'signed in the future',
    });
  });
});
