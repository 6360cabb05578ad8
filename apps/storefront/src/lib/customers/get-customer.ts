import 'server-only';
import { CustomerAccountDocument, type CustomerAccountQuery } from '../graphql/generated/graphql';
import { GraphQLRequestError, requestGraphQL } from '../graphql/request';
import { readSessionToken, shopperHeaders } from './session';
import { requestFailureMessage } from './user-errors';

export type AccountCustomer = NonNullable<CustomerAccountQuery['customer']>;
export type AccountAddress = AccountCustomer['addresses']['nodes'][number];

export type CustomerLookup =
  | { status: 'signed-in'; customer: AccountCustomer }
  | { status: 'signed-out' }
  | { status: 'unavailable'; message: string };

/** Enough for any real address book; the API allows up to 250 per page. */
const ADDRESS_PAGE_SIZE = 100;

/**
 * The customer whose token is in the session cookie. No cookie, or a token the API no longer
 * accepts (expired, revoked: `customer` is null), is "signed out"; a gateway that cannot answer
 * is "unavailable", so the page can say so instead of failing.
 */
export async function getSignedInCustomer(): Promise<CustomerLookup> {
  const token = await readSessionToken();
  if (!token) return { status: 'signed-out' };
  try {
    const { customer } = await requestGraphQL(
      CustomerAccountDocument,
      { addressCount: ADDRESS_PAGE_SIZE },
      { headers: await shopperHeaders(token) },
    );
    return customer ? { status: 'signed-in', customer } : { status: 'signed-out' };
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.codes.includes('UNAUTHENTICATED'))
      return { status: 'signed-out' };
    console.error('customer lookup failed:', error instanceof Error ? error.message : error);
    return { status: 'unavailable', message: requestFailureMessage(error) };
  }
}
