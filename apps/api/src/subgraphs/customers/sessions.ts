import type { Redis } from '@upstash/redis';
import type { Db } from '../../platform/db/client.js';
import { IDENTITY_CACHE_SECONDS, identityCacheKey, type Identity } from '../../platform/identity.js';
import type { LoginLimiter } from './login-limits.js';
import { verifyPassword } from './passwords.js';
import { findCredentials, findTokenSubject, insertAccessToken, revokeAccessToken } from './repository.js';
import { normalizeEmail, type CustomerUserError } from './rules.js';
import type { SubjectKind } from './tables.js';
import { hashToken, isWellFormedToken, newToken } from './tokens.js';

// Access tokens from sign-in to sign-out. The gateway turns a token into an identity through
// `resolveAccessToken` (via POST /internal/identity) and caches it briefly in Redis.

export interface SignInResult {
  accessToken: { accessToken: string; expiresAt: Date } | null;
  userErrors: CustomerUserError[];
}

// One answer for an unknown email and a wrong password: nothing tells them apart.
const UNIDENTIFIED: CustomerUserError = {
  field: null,
  message: 'Unknown email or wrong password.',
  code: 'UNIDENTIFIED_CUSTOMER',
};
const TOO_MANY: CustomerUserError = {
  field: null,
  message: 'Too many sign-in attempts. Try again in a few minutes.',
  code: 'TOO_MANY_ATTEMPTS',
};

/**
 * Checks a password and issues a token. Exactly one Argon2 verification runs whether or not the
 * account exists, so the response time does not tell an unknown email from a wrong password.
 */
export async function signIn(
  context: { db: Db; loginLimiter: LoginLimiter; clientIp: string | null },
  kind: SubjectKind,
  input: { email: string; password: string },
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  if (!(await context.loginLimiter.allow(kind, email, context.clientIp)))
    return { accessToken: null, userErrors: [TOO_MANY] };
  const account = await findCredentials(context.db, kind, email);
  const matches = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !matches) return { accessToken: null, userErrors: [UNIDENTIFIED] };
  const issued = newToken(kind);
  await insertAccessToken(context.db, {
    tokenHash: issued.tokenHash,
    subjectKind: kind,
    subjectId: account.id,
    expiresAt: issued.expiresAt,
  });
  return { accessToken: { accessToken: issued.token, expiresAt: issued.expiresAt }, userErrors: [] };
}

/**
 * Revokes a token and overwrites the gateway's cached identity for it with "nobody", so it stops
 * working at once on every gateway. A marker rather than a delete: the gateway caches with NX, so
 * a lookup that was in flight during the revocation cannot put the old identity back.
 */
export async function signOut(
  db: Db,
  redis: Redis,
  token: string,
): Promise<{ deletedAccessToken: string | null; userErrors: CustomerUserError[] }> {
  const revoked = isWellFormedToken(token) && (await revokeAccessToken(db, hashToken(token)));
  // Only a token this call revoked gets a marker (a live token is the only kind the gateway can
  // have cached): signing out random or already revoked tokens writes nothing, so cannot fill Redis.
  if (revoked) {
    await redis.set(identityCacheKey(token), { identity: null }, { ex: IDENTITY_CACHE_SECONDS });
    return { deletedAccessToken: token, userErrors: [] };
  }
  return {
    deletedAccessToken: null,
    userErrors: [
      { field: ['customerAccessToken'], message: 'This access token does not exist or has expired.', code: 'INVALID' },
    ],
  };
}

/** The identity of a live token: null for an unknown, expired or revoked one, or a deleted account. */
export async function resolveAccessToken(db: Db, token: string): Promise<Identity | null> {
  return (await lookUpAccessToken(db, token))?.identity ?? null;
}

/** A live token's identity and when the token expires (the gateway caches no longer than that). */
export async function lookUpAccessToken(
  db: Db,
  token: string,
): Promise<{ identity: Identity; expiresAt: Date } | null> {
  if (!isWellFormedToken(token)) return null;
  const subject = await findTokenSubject(db, hashToken(token));
  if (!subject) return null;
  const identity: Identity =
    subject.kind === 'customer'
      ? { kind: 'customer', customerId: subject.id }
      : { kind: 'staff', staffId: subject.id, roles: subject.roles };
  return { identity, expiresAt: subject.expiresAt };
}
