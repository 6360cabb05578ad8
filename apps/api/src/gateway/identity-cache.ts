import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity } from '../platform/identity.js';

/**
 * What the gateway keeps in Redis for a token: the identity, until when (epoch seconds), and an
 * HMAC over key, identity and expiry with the gateway secret. Whoever can write Redis cannot
 * mint one, nor move one to another token's key, nor stretch its life.
 */
export interface SignedCacheEntry {
  identity: Identity | null;
  exp: number;
  sig: string;
}

const mac = (key: string, identity: Identity | null, exp: number, secret: string) =>
  createHmac('sha256', secret)
    .update(JSON.stringify(['identity-cache', key, identity, exp]))
    .digest('base64url');

export function signCacheEntry(key: string, identity: Identity | null, exp: number, secret: string): SignedCacheEntry {
  return { identity, exp, sig: mac(key, identity, exp, secret) };
}

/** The entry's identity when it is genuine, for this key and not expired; otherwise null. */
export function readCacheEntry(
  key: string,
  value: unknown,
  secret: string,
  nowSeconds = Date.now() / 1000,
): { identity: Identity | null } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { identity, exp, sig } = value as Partial<SignedCacheEntry>;
  if (typeof exp !== 'number' || typeof sig !== 'string' || identity === undefined || exp <= nowSeconds) return null;
  const expected = Buffer.from(mac(key, identity, exp, secret));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { identity } : null;
}

/** What customerAccessTokenDelete writes over a revoked token's entry: no identity, unsigned. */
export function isRevocationMarker(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    (value as { identity?: unknown }).identity === null
  );
}
