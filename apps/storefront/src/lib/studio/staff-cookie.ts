import { sessionTokenFrom } from '../customers/session-cookie';

/**
 * The cookie that holds a staff member's access token for the studio (and `/api/draft`). Not the
 * shopper's `shop_session`: the gateway never reads this one from a browser request, so a staff
 * token only ever travels server-side, as `Authorization: Bearer`.
 */
export const STAFF_COOKIE = 'shop_staff';

/** The API's staff tokens live 12 hours (apps/api/src/subgraphs/customers/tokens.ts). */
export const STAFF_TOKEN_SECONDS = 12 * 60 * 60;

export interface StaffCookieOptions {
  httpOnly: true;
  /** Strict: the studio is never entered from another site with the cookie attached. */
  sameSite: 'strict';
  secure: boolean;
  path: '/';
  maxAge: number;
}

/** HttpOnly, SameSite=Strict, Secure in production, 12 h (never longer than the token itself). */
export function staffCookieOptions(nodeEnv: string): StaffCookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: nodeEnv === 'production',
    path: '/',
    maxAge: STAFF_TOKEN_SECONDS,
  };
}

/** The token from the cookie's value, or null when it is missing or malformed (the same rule as the shopper's). */
export function staffTokenFrom(value: string | undefined): string | null {
  return sessionTokenFrom(value);
}
