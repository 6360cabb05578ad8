import type { BrowserContext } from '@playwright/test';
import { createStaffToken, type StaffRole } from './staff.js';
import { GATEWAY_URL, STOREFRONT_URL } from './stack-env.js';

/**
 * Signs a new staff member with `roles` in to the studio in this browser context: the studio's
 * own cookie (shop_staff) holding a live staff token, as the sign-in form would set it.
 */
export async function signInToStudio(context: BrowserContext, roles: readonly StaffRole[]): Promise<string> {
  const token = await createStaffToken(roles);
  await context.addCookies([
    { name: 'shop_staff', value: token, url: STOREFRONT_URL, httpOnly: true, sameSite: 'Strict' },
  ]);
  return token;
}

/** A GraphQL call to the run's gateway with a staff token, for setting up and checking journeys. */
export async function staffGraphql<T>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${body.errors?.map((error) => error.message).join('; ')}`);
  }
  return body.data;
}
