import type { Redis } from '@upstash/redis';
import { lru } from 'tiny-lru';
import {
  IDENTITY_CACHE_SECONDS,
  IDENTITY_LOOKUP_AUDIENCE,
  identityCacheKey,
  signIdentity,
  type Identity,
} from '../platform/identity.js';
import { log } from '../platform/log.js';
import { isWellFormedToken } from '../subgraphs/customers/index.js';
import { isRevocationMarker, readCacheEntry, signCacheEntry } from './identity-cache.js';

export type ResolveIdentity = (request: Request) => Promise<Identity | null>;

/** Neither Redis nor the customers service told who the token belongs to in time. */
export class IdentityUnavailableError extends Error {}

// Unknown tokens are remembered here, per process, never in Redis: random tokens can neither
// fill Redis nor reach the customers service more than once per token and TTL. Bounded, so a
// stream of random tokens only evicts older ones.
const UNKNOWN_TOKENS_MAX = 10_000;
const UNKNOWN_TOKEN_TTL_MS = 10_000;
// Redis gets this share of the lookup's time; a slow Redis is then skipped for the customers service.
const REDIS_SHARE = 1 / 3;

/** The customer's token: `Authorization: Bearer …` (apps) or the storefront's session cookie (web). */
export function tokenOf(request: Request, cookieName: string): { token: string; via: 'bearer' | 'cookie' } | null {
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  // Only the shape the customers service issues is looked up at all.
  if (bearer && isWellFormedToken(bearer)) return { token: bearer, via: 'bearer' };
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName && value.length) {
      const token = safeDecode(value.join('='));
      if (token && isWellFormedToken(token)) return { token, via: 'cookie' };
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

/** Settles as `promise` does, or rejects once `signal` aborts. */
function until<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Resolves a token to an identity: from Redis when another request resolved it within the last
 * minute and the entry bears the gateway's signature, otherwise by asking the customers service
 * (which owns tokens). Unknown, expired and revoked tokens resolve to no identity. The whole
 * lookup takes at most `timeoutMs`; past that, or with both Redis and the customers service down,
 * it rejects with IdentityUnavailableError.
 */
export function createIdentityResolver(options: {
  redis: Redis;
  customersUrl: string;
  secret: string;
  cookieName: string;
  timeoutMs?: number;
}): ResolveIdentity {
  const timeoutMs = options.timeoutMs ?? 1_500;
  const unknownTokens = lru<true>(UNKNOWN_TOKENS_MAX, UNKNOWN_TOKEN_TTL_MS);
  const lookupUrl = `${options.customersUrl}/internal/identity`;
  const lookupPath = new URL(lookupUrl).pathname;

  async function fromRedis(key: string, signal: AbortSignal): Promise<{ identity: Identity | null } | null> {
    let value: unknown;
    try {
      value = await until(
        options.redis.get(key),
        AbortSignal.any([signal, AbortSignal.timeout(Math.ceil(timeoutMs * REDIS_SHARE))]),
      );
    } catch (error) {
      log.warn('identity cache unreachable; asking the customers service', {
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
    if (value === null) return null;
    const entry = readCacheEntry(key, value, options.secret);
    // A revocation marker is expected; anything else unsigned means someone wrote to Redis.
    if (!entry && !isRevocationMarker(value))
      log.warn('ignored an identity cache entry without a valid gateway signature', { key });
    return entry;
  }

  async function fromCustomers(
    token: string,
    signal: AbortSignal,
  ): Promise<{ identity: Identity | null; expiresAt: string | null }> {
    const body = JSON.stringify({ token });
    const headers = signIdentity(null, options.secret, {
      audience: IDENTITY_LOOKUP_AUDIENCE,
      request: { method: 'POST', path: lookupPath, body },
    });
    const response = await fetch(lookupUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal,
    });
    if (!response.ok) throw new Error(`identity lookup answered ${response.status}`);
    return (await response.json()) as { identity: Identity | null; expiresAt: string | null };
  }

  async function remember(
    key: string,
    identity: Identity,
    expiresAt: string | null,
    signal: AbortSignal,
  ): Promise<void> {
    // Never cached past the token's own expiry; NX so a revocation marker written meanwhile wins.
    const untilExpiry = expiresAt ? Math.floor((Date.parse(expiresAt) - Date.now()) / 1000) : IDENTITY_CACHE_SECONDS;
    const seconds = Math.min(IDENTITY_CACHE_SECONDS, untilExpiry);
    if (seconds <= 0) return;
    const entry = signCacheEntry(key, identity, Math.floor(Date.now() / 1000) + seconds, options.secret);
    try {
      await until(options.redis.set(key, entry, { ex: seconds, nx: true }), signal);
    } catch (error) {
      log.warn('could not cache an identity', { error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function resolveToken(token: string, signal: AbortSignal): Promise<Identity | null> {
    const key = identityCacheKey(token);
    if (unknownTokens.has(key)) return null;
    const cached = await fromRedis(key, signal);
    if (cached) return cached.identity;
    const { identity, expiresAt } = await fromCustomers(token, signal);
    if (!identity) {
      unknownTokens.set(key, true);
      return null;
    }
    await remember(key, identity, expiresAt, signal);
    return identity;
  }

  return async (request) => {
    const found = tokenOf(request, options.cookieName);
    if (!found) return null;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await until(resolveToken(found.token, signal), signal);
    } catch (error) {
      log.error('identity lookup failed', { error: error instanceof Error ? error.message : String(error) });
      throw new IdentityUnavailableError('The identity lookup is unavailable.', { cause: error });
    }
  };
}

/** Per request, at most one lookup, however many subgraphs the plan calls. */
export function identityPerRequest(resolve: ResolveIdentity) {
  const byRequest = new WeakMap<Request, Promise<Identity | null>>();
  return (request: Request) => {
    let identity = byRequest.get(request);
    if (!identity) {
      identity = resolve(request);
      // Several subgraph calls may await it; a rejection is handled by each of them.
      identity.catch(() => {});
      byRequest.set(request, identity);
    }
    return identity;
  };
}
