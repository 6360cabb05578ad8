import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type StaffRole = 'MARKETER' | 'MERCHANDISER' | 'ADMIN';

/** Who is asking, as the gateway established it. Subgraphs never read tokens themselves. */
export type Identity =
  { kind: 'customer'; customerId: number } | { kind: 'staff'; staffId: number; roles: StaffRole[] };

/** The audience of the customers service's token lookup, apart from its GraphQL endpoint. */
export const IDENTITY_LOOKUP_AUDIENCE = 'customers/internal-identity';

export const IDENTITY_HEADER = 'x-gateway-identity';
export const SIGNATURE_HEADER = 'x-gateway-signature';
// A signed header is good for this long after it was issued: it is made for one subgraph call,
// sent at once, so seconds are plenty; a header copied from a log or a proxy is soon worthless.
const MAX_AGE_MS = 10_000;
// Clocks of the gateway and the subgraphs may differ a little; beyond that, a future date is a forgery.
const MAX_FUTURE_SKEW_MS = 2_000;

/** The HTTP request a header is signed for: it is valid for that method, path and body only. */
export interface SignedRequest {
  method: string;
  /** Path and query string, e.g. `/graphql`. */
  path: string;
  body: string | Uint8Array;
}

const bodyDigest = (body: string | Uint8Array) => createHash('sha256').update(body).digest('base64url');

/**
 * Headers the gateway puts on every subgraph request: the identity (or none), when it was issued
 * and the request it belongs to, signed with the shared secret. A subgraph accepts nothing
 * without a valid signature, and a header replayed with another query, path or method fails.
 */
export function signIdentity(
  identity: Identity | null,
  secret: string,
  options: { audience: string; request: SignedRequest; clientIp?: string | null; now?: number },
): Record<string, string> {
  const { method, path, body } = options.request;
  const payload = Buffer.from(
    JSON.stringify({
      identity,
      ip: options.clientIp ?? null,
      aud: options.audience,
      iat: options.now ?? Date.now(),
      req: `${method.toUpperCase()} ${path} ${bodyDigest(body)}`,
    }),
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
 * Checks a request's identity headers against the request itself. `audience` is the receiving
 * endpoint (a subgraph's name, or `customers/internal-identity`): a header signed for one cannot
 * be replayed at another, nor with another method, path or body.
 */
export function verifyIdentity(
  headers: IncomingHttpHeaders,
  secret: string,
  audience: string,
  request: SignedRequest,
  now = Date.now(),
): VerifiedIdentity {
  const payload = headers[IDENTITY_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'unsigned request' };
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'bad signature' };
  try {
    const { identity, ip, aud, iat, req } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      identity: Identity | null;
      ip: string | null;
      aud: string;
      iat: number;
      req: string;
    };
    if (typeof iat !== 'number' || now - iat > MAX_AGE_MS) return { ok: false, reason: 'stale signature' };
    if (iat - now > MAX_FUTURE_SKEW_MS) return { ok: false, reason: 'signed in the future' };
    if (aud !== audience) return { ok: false, reason: 'signed for another service' };
    if (req !== `${request.method.toUpperCase()} ${request.path} ${bodyDigest(request.body)}`)
      return { ok: false, reason: 'signed for another request' };
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
