import { sessionCookieOptions, sessionTokenFrom } from '../customers/session-cookie';

/**
 * The cookie that holds a staff member's access token for the studio (and `/api/draft`). Not the
 * shopper's `shop_session`: the gateway never reads this one from a browser request, so a staff
 * token only ever travels server-side, as `Authorization: Bearer`.
 */
export const STAFF_COOKIE = 'shop_staff';

/**
 * The API's staff tokens live 12 hours (apps/api/src/subgraphs/customers/tokens.ts): the cookie's
 * life when the API's `expiresAt` cannot be read.
 */
export const STAFF_TOKEN_SECONDS = 12 * 60 * 60;

export interface StaffCookieOptions {
  httpOnly: true;
  /** Strict: the studio is never entered from another site with the cookie attached. */
  sameSite: 'strict';
  secure: boolean;
  path: '/';
  /** The token's own expiry, as the API states it. */
  expires?: Date;
  /** Only when the API's expiry could not be read. */
  maxAge?: number;
}

/**
 * HttpOnly, SameSite=Strict, and, like the shopper's cookie, Secure everywhere but `next dev` on
 * plain http; lives exactly as long as the token (a revoked-early or shorter-lived token never
 * leaves a cookie the studio would keep presenting).
 */
export function staffCookieOptions(expiresAt: string, nodeEnv: string): StaffCookieOptions {
  const { secure, expires } = sessionCookieOptions(expiresAt, nodeEnv);
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    ...(expires ? { expires } : { maxAge: STAFF_TOKEN_SECONDS }),
  };
}

/** The token from the cookie's value, or null when it is missing or malformed (the same rule as the shopper's). */
export function staffTokenFrom(value: string | undefined): string | null {
  return sessionTokenFrom(value);
}
