import { createHash, randomBytes } from 'node:crypto';
import type { SubjectKind } from './tables.js';

// Opaque bearer tokens: 256 random bits, base64url (43 characters). The database keeps only the
// SHA-256, so reading the table (or a backup) gives nobody a working token. No slow hash is
// needed: a token has full entropy, unlike a password.

const DAY_MS = 24 * 60 * 60 * 1000;
export const TOKEN_LIFETIME_MS: Record<SubjectKind, number> = {
  customer: 30 * DAY_MS,
  // Staff can change prices and pages: a stolen staff token should not last beyond a working day.
  staff: 12 * 60 * 60 * 1000,
};

/** What a well-formed token looks like; anything else is not looked up at all. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedToken {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export function newToken(kind: SubjectKind, now = Date.now()): IssuedToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now + TOKEN_LIFETIME_MS[kind]) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
