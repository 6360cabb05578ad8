import 'server-only';
import { redirect } from 'next/navigation';
import type { TypedDocumentString } from '../graphql/generated/graphql';
import { GraphQLRequestError, requestGraphQL } from '../graphql/request';
import { staffHeaders } from './staff-session';
import { STUDIO_SIGN_IN_PATH } from './studio-guard';

/**
 * One studio call to the gateway, server-side, with `Authorization: Bearer <staff token>`. A
 * token that stopped working on the way (expired, revoked) sends the marketer to sign in; a role
 * the API refuses does too, with the reason. Other failures throw (the route's error page).
 */
export async function studioRequest<TResult, TVariables>(
  token: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  try {
    return await requestGraphQL(document, variables, { headers: await staffHeaders(token) });
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      if (error.codes.includes('UNAUTHENTICATED')) redirect(STUDIO_SIGN_IN_PATH);
      if (error.codes.includes('FORBIDDEN')) redirect(`${STUDIO_SIGN_IN_PATH}?denied=1`);
    }
    throw error;
  }
}
