/**
 * The cookie that holds the customer's access token. Its name must match the API's
 * SESSION_COOKIE (default `shop_session`): the gateway also reads it on the browser's
 * same-origin `/api/graphql` requests.
 */
export const SESSION_COOKIE = 'shop_session';

/**
 * A readable companion to the session cookie, holding no secret: it tells page scripts that a
 * session exists, so anonymous shoppers (nearly all page views) never ask the API who they are.
 */
export const SIGNED_IN_HINT_COOKIE = 'shop_signed_in';

/** The hint lives as long as the session and is readable by scripts (it is only `1`). */
export function signedInHintOptions(
  session: SessionCookieOptions,
): Omit<SessionCookieOptions, 'httpOnly'> & { httpOnly: false } {
  return { ...session, httpOnly: false };
}

/** What the gateway accepts as a token (apps/api/src/gateway/identity.ts); anything else is no session. */
const TOKEN_PATTERN = /^[\w.~+/=-]{16,512}$/;

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  /** Absent when the API's expiry could not be read: the cookie then ends with the browser session. */
  expires?: Date;
}

/**
 * HttpOnly so page scripts never see the token; SameSite=Lax so a cross-site POST does not carry
 * it; Secure everywhere but `next dev` on plain http; lives exactly as long as the token does.
 */
export function sessionCookieOptions(expiresAt: string, nodeEnv: string): SessionCookieOptions {
  const expires = new Date(expiresAt);
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: nodeEnv !== 'development',
    path: '/',
    ...(Number.isNaN(expires.getTime()) ? {} : { expires }),
  };
}

/** The token from the cookie's value, or null when it is missing or malformed. */
export function sessionTokenFrom(value: string | undefined): string | null {
  return value && TOKEN_PATTERN.test(value) ? value : null;
}
