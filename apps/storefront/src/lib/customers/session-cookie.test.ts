import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE, sessionCookieOptions, sessionTokenFrom, signedInHintOptions } from './session-cookie';

describe('sessionCookieOptions', () => {
  it('is HttpOnly, SameSite=Lax, site-wide and expires with the token', () => {
    expect(sessionCookieOptions('2026-12-22T10:00:00.000Z', 'production')).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/',
      expires: new Date('2026-12-22T10:00:00.000Z'),
    });
  });

  it('is Secure everywhere but in development (plain http on localhost)', () => {
    expect(sessionCookieOptions('2026-12-22T10:00:00.000Z', 'development').secure).toBe(false);
    expect(sessionCookieOptions('2026-12-22T10:00:00.000Z', 'test').secure).toBe(true);
  });

  it('falls back to a browser-session cookie when the expiry cannot be read', () => {
    expect(sessionCookieOptions('soon', 'production')).not.toHaveProperty('expires');
  });

  it('uses the API default cookie name', () => {
    expect(SESSION_COOKIE).toBe('shop_session');
  });
});

describe('sessionTokenFrom', () => {
  it('accepts a base64url token', () => {
    expect(sessionTokenFrom('abcDEF0123456789_-abcDEF0123456789_-abcDEF0')).toBe(
      'abcDEF0123456789_-abcDEF0123456789_-abcDEF0',
    );
  });

  it.each([undefined, '', 'short', 'has space in it 0123456789', 'line\nbreak0123456789abc', 'x'.repeat(513)])(
    'refuses %j',
    (value) => {
      expect(sessionTokenFrom(value)).toBeNull();
    },
  );
});

describe('signedInHintOptions', () => {
  it('is the session cookie, readable by scripts', () => {
    const session = sessionCookieOptions('2030-01-01T00:00:00Z', 'production');
    expect(signedInHintOptions(session)).toEqual({ ...session, httpOnly: false });
    expect(session.httpOnly).toBe(true);
  });
});
