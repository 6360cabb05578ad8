import 'server-only';
import { cookies, headers } from 'next/headers';
import { env } from '@/env';
import { shopperAddress } from '../first-party/shopper-address';
import { gatewayHeaders } from './gateway-headers';
import {
  SESSION_COOKIE,
  SIGNED_IN_HINT_COOKIE,
  sessionCookieOptions,
  sessionTokenFrom,
  signedInHintOptions,
} from './session-cookie';

// The session cookie, read and written only by account routes and their server actions:
// reading cookies makes a page dynamic, so nothing cacheable may call these.

export async function readSessionToken(): Promise<string | null> {
  return sessionTokenFrom((await cookies()).get(SESSION_COOKIE)?.value);
}

/** Sets the cookie (server actions only: a rendering page cannot set cookies). */
export async function saveSession(token: { accessToken: string; expiresAt: string }): Promise<void> {
  const options = sessionCookieOptions(token.expiresAt, env.NODE_ENV);
  const jar = await cookies();
  jar.set(SESSION_COOKIE, token.accessToken, options);
  jar.set(SIGNED_IN_HINT_COOKIE, '1', signedInHintOptions(options));
}

export async function clearSession(): Promise<void> {
  const { expires: _expires, ...attributes } = sessionCookieOptions('', env.NODE_ENV);
  const jar = await cookies();
  jar.set(SESSION_COOKIE, '', { ...attributes, expires: new Date(0), maxAge: 0 });
  jar.set(SIGNED_IN_HINT_COOKIE, '', { ...signedInHintOptions(attributes), expires: new Date(0), maxAge: 0 });
}

/** Headers for a gateway call on behalf of this shopper: their token, if any, and their address. */
export async function shopperHeaders(token: string | null = null): Promise<Record<string, string>> {
  const clientIp = shopperAddress(await headers(), env.TRUST_FORWARDED_FOR);
  return gatewayHeaders({ token, clientIp, secret: env.FIRST_PARTY_SECRET });
}
