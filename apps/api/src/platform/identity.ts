import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type StaffRole = 'MARKETER' | 'MERCHANDISER' | 'ADMIN';

/** Who is asking, as the gateway established it. Subgraphs never read tokens themselves. */
export type Identity =
  | { kind: 'customer'; customerId: number }
  | { kind: 'staff'; staffId: number; roles: StaffRole[] };

/** The audience of the customers service's token lookup, apart from its GraphQL endpoint. */
export const IDENTITY_LOOKUP_AUDIENCE = 'customers/internal-identity';

export const IDENTITY_HEADER = 'x-gateway-identity';
export const SIGNATURE_HEADER = 'x-gateway-signature';
// A signed header is good for this long: long enough for a slow query plan, short enough that a
// header copied from one request cannot be replayed for long.
const MAX_AGE_MS = 60_000;

/**
 * Headers the gateway puts on every subgraph request: the identity (or none) and when it was
 * issued, signed with the shared secret. A subgraph accepts nothing without a valid signature.
 */
export function signIdentity(
  identity: Identity | null,
  secret: string,
  options: { audience: string; clientIp?: string | null; now?: number },
): Record<string, string> {
  const payload = Buffer.from(
    JSON.stringify({ identity, ip: options.clientIp ?? null, aud: options.audience, iat: options.now ?? Date.now() }),
  ).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: sign(payload, secret) };
}

/** What a subgraph knows about the caller: who (if signed in) and from which address. */
export interface Caller {
  identity: Identity | null;
  /** The client's IP as the gateway saw it, for per-IP limits; null when unknown. */
  clientIp: string | null;
}

export type VerifiedIdentity = ({ ok: true } & Caller) | { ok: false; reason: string };

/**
 * Checks a request's identity headers. `audience` is the receiving endpoint (a subgraph's name,
 * or `customers/internal-identity`): a header signed for one cannot be replayed at another.
 */
export function verifyIdentity(headers: IncomingHttpHeaders, secret: string, audience: string, now = Date.now()): VerifiedIdentity {
  const payload = headers[IDENTITY_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'unsigned request' };
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
  try {
    const { identity, ip, aud, iat } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      identity: Identity | null;
      ip: string | null;
      aud: string;
      iat: number;
    };
    if (typeof iat !== 'number' || Math.abs(now - iat) > MAX_AGE_MS) return { ok: false, reason: 'stale signature' };
    if (aud !== audience) return { ok: false, reason: 'signed for another service' };
    return { ok: true, identity, clientIp: ip ?? null };
  } catch {
    return { ok: false, reason: 'malformed identity' };
  }
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Where the gateway caches a token's identity; the customers domain deletes it on revocation. */
export function identityCacheKey(token: string): string {
  return `identity:${createHash('sha256').update(token).digest('base64url')}`;
}

/** How long the gateway may keep a resolved identity; revocation deletes the entry at once. */
export const IDENTITY_CACHE_SECONDS = 60;
