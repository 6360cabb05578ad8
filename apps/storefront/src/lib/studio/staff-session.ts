import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { env } from '@/env';
import { shopperHeaders } from '../customers/session';
import { StaffMemberDocument, type StaffMemberQuery } from '../graphql/generated/graphql';
import { GraphQLRequestError, requestGraphQL } from '../graphql/request';
import { STAFF_COOKIE, staffCookieOptions, staffTokenFrom } from './staff-cookie';

// The staff cookie, read and written only by studio routes and their server actions (reading
// cookies makes a route dynamic: nothing cacheable calls these).

export type StaffMember = NonNullable<StaffMemberQuery['staffMember']>;
export interface StudioStaff {
  token: string;
  member: StaffMember;
}

export async function readStaffToken(): Promise<string | null> {
  return staffTokenFrom((await cookies()).get(STAFF_COOKIE)?.value);
}

/** Sets the cookie (server actions only). */
export async function saveStaffToken(token: string, expiresAt: string): Promise<void> {
  (await cookies()).set(STAFF_COOKIE, token, staffCookieOptions(expiresAt, env.NODE_ENV));
}

export async function clearStaffToken(): Promise<void> {
  (await cookies()).set(STAFF_COOKIE, '', { ...staffCookieOptions('', env.NODE_ENV), maxAge: 0, expires: new Date(0) });
}

/** Headers for a gateway call as this staff member: their token, and their address signed (sign-in limits). */
export async function staffHeaders(token: string | null): Promise<Record<string, string>> {
  return shopperHeaders(token);
}

/**
 * The signed-in staff member, asked of the API (roles are read fresh there), once per request.
 * Null for no cookie, and for a token the API does not know as staff (expired, revoked, a shopper's).
 */
export const getStudioStaff = cache(async (): Promise<StudioStaff | null> => {
  const token = await readStaffToken();
  if (!token) return null;
  try {
    const { staffMember } = await requestGraphQL(StaffMemberDocument, {}, { headers: await staffHeaders(token) });
    return staffMember ? { token, member: staffMember } : null;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.codes.includes('UNAUTHENTICATED')) return null;
    throw error;
  }
});
