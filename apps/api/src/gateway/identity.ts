import type { Redis } from '@upstash/redis';
import { IDENTITY_CACHE_SECONDS, IDENTITY_LOOKUP_AUDIENCE, identityCacheKey, signIdentity, type Identity } from '../platform/identity.js';
import { log } from '../platform/log.js';

export type ResolveIdentity = (request: Request) => Promise<Identity | null>;

/** The customer's token: `Authorization: Bearer …` (apps) or the storefront's session cookie (web). */
export function tokenOf(request: Request, cookieName: string): { token: string; via: 'bearer' | 'cookie' } | null {
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+([\w.~+/=-]{16,512})$/i)?.[1];
  if (bearer) return { token: bearer, via: 'bearer' };
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName && value.length) {
      const token = safeDecode(value.join('='));
      if (token && /^[\w.~+/=-]{16,512}$/.test(token)) return { token, via: 'cookie' };
    }
  }
  return null;
}

// A cookie is whatever the browser sends: a malformed escape is no session, not an error.
function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Resolves a token to an identity once per request: from Redis when another request resolved
 * it within the last minute, otherwise by asking the customers service (which owns tokens).
 * Unknown, expired and revoked tokens resolve to no identity; revocation overwrites the cache entry.
 */
export function createIdentityResolver(options: {
  redis: Redis;
  customersUrl: string;
  secret: string;
  cookieName: string;
}): ResolveIdentity {
  return async (request) => {
    const found = tokenOf(request, options.cookieName);
    if (!found) return null;
    const key = identityCacheKey(found.token);
    const cached = await options.redis.get<{ identity: Identity | null }>(key);
    if (cached) return cached.identity;
    const response = await fetch(`${options.customersUrl}/internal/identity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signIdentity(null, options.secret, { audience: IDENTITY_LOOKUP_AUDIENCE }) },
      body: JSON.stringify({ token: found.token }),
    });
    if (!response.ok) {
      log.error('identity lookup failed', { status: response.status });
      throw new Error('identity lookup failed');
    }
    const { identity, expiresAt } = (await response.json()) as { identity: Identity | null; expiresAt: string | null };
    // Never cached past the token's own expiry; NX so a revocation marker written meanwhile wins.
    const untilExpiry = expiresAt ? Math.floor((Date.parse(expiresAt) - Date.now()) / 1000) : IDENTITY_CACHE_SECONDS;
    const seconds = Math.min(IDENTITY_CACHE_SECONDS, untilExpiry);
    if (seconds > 0) await options.redis.set(key, { identity }, { ex: seconds, nx: true });
    return identity;
  };
}

/** Per request, at most one lookup, however many subgraphs the plan calls. */
export function identityPerRequest(resolve: ResolveIdentity) {
  const byRequest = new WeakMap<Request, Promise<Identity | null>>();
  return (request: Request) => {
    let identity = byRequest.get(request);
    if (!identity) {
      identity = resolve(request);
      byRequest.set(request, identity);
    }
    return identity;
  };
}
