import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, isWellFormedToken, newToken, TOKEN_LIFETIME_MS } from './tokens.js';

describe('access tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newToken('customer').token));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it('are stored only as their SHA-256', () => {
    const issued = newToken('customer');
    expect(issued.tokenHash).toBe(createHash('sha256').update(issued.token).digest('base64url'));
    expect(hashToken(issued.token)).toBe(issued.tokenHash);
    expect(issued.tokenHash).not.toContain(issued.token);
  });

  it('last 30 days for customers and 12 hours for staff', () => {
    const now = Date.UTC(2026, 10, 22);
    expect(newToken('customer', now).expiresAt.toISOString()).toBe('2026-12-22T00:00:00.000Z');
    expect(newToken('staff', now).expiresAt.toISOString()).toBe('2026-11-22T12:00:00.000Z');
    expect(TOKEN_LIFETIME_MS.staff).toBe(12 * 3600 * 1000);
  });

  it.each(['', 'short', `${'a'.repeat(42)}=`, `${'a'.repeat(44)}`, `${'a'.repeat(42)}+`, `${'a'.repeat(42)}/`])(
    'refuses malformed %j',
    (token) => {
      expect(isWellFormedToken(token)).toBe(false);
    },
  );
});
