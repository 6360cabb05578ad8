import 'server-only';
import {
  CustomerAccessTokenCreateDocument,
  CustomerAccessTokenDeleteDocument,
  CustomerAddressCreateDocument,
  CustomerCreateDocument,
  type MailingAddressInput,
} from '../graphql/generated/graphql';
import { GraphQLRequestError, requestGraphQL } from '../graphql/request';
import type { AccountFormState } from './form-state';
import {
  ADDRESS_FIELDS,
  SIGN_IN_FIELDS,
  SIGN_UP_FIELDS,
  type AddressField,
  type SignInField,
  type SignUpField,
} from './forms';
import { shopperHeaders } from './session';
import { mapUserErrors, requestFailureMessage, UNREACHABLE_MESSAGE, type CustomerUserErrorShape } from './user-errors';

// The account mutations, each sent on the shopper's behalf (their address for the API's per-IP
// limits). Every outcome is data: refusals become form messages, a failed request one more.

type Refusal<Field extends string> = Pick<AccountFormState<Field>, 'fieldErrors' | 'message'> & {
  /** The token was missing, expired or revoked: the caller sends the shopper to sign in. */
  signedOut?: true;
};
export type Outcome<T, Field extends string> = ({ ok: true } & T) | ({ ok: false } & Refusal<Field>);

export interface AccessToken {
  accessToken: string;
  expiresAt: string;
}

function refused<Field extends string>(
  userErrors: readonly CustomerUserErrorShape[],
  fields: readonly Field[],
): { ok: false } & Refusal<Field> {
  const mapped = mapUserErrors(userErrors, fields);
  return {
    ok: false,
    fieldErrors: mapped.fieldErrors,
    message: mapped.message ?? { tone: 'error', text: UNREACHABLE_MESSAGE },
  };
}

function failed<Field extends string>(operation: string, error: unknown): { ok: false } & Refusal<Field> {
  if (error instanceof GraphQLRequestError && error.codes.includes('UNAUTHENTICATED')) {
    return { ok: false, signedOut: true, fieldErrors: {}, message: null };
  }
  console.error(`${operation} failed:`, error instanceof Error ? error.message : error);
  return { ok: false, fieldErrors: {}, message: { tone: 'error', text: requestFailureMessage(error) } };
}

export async function createAccessToken(
  email: string,
  password: string,
): Promise<Outcome<{ token: AccessToken }, SignInField>> {
  try {
    const { customerAccessTokenCreate: payload } = await requestGraphQL(
      CustomerAccessTokenCreateDocument,
      { input: { email, password } },
      { headers: await shopperHeaders() },
    );
    if (payload.customerAccessToken && !payload.userErrors.length)
      return { ok: true, token: payload.customerAccessToken };
    return refused(payload.userErrors, SIGN_IN_FIELDS);
  } catch (error) {
    return failed('customerAccessTokenCreate', error);
  }
}

export async function createCustomer(input: {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}): Promise<Outcome<object, SignUpField>> {
  try {
    const { customerCreate: payload } = await requestGraphQL(
      CustomerCreateDocument,
      { input },
      { headers: await shopperHeaders() },
    );
    if (payload.customer && !payload.userErrors.length) return { ok: true };
    return refused(payload.userErrors, SIGN_UP_FIELDS);
  } catch (error) {
    return failed('customerCreate', error);
  }
}

/** Revokes the token; false when the gateway could not be reached (the caller signs out anyway). */
export async function deleteAccessToken(token: string): Promise<boolean> {
  try {
    await requestGraphQL(
      CustomerAccessTokenDeleteDocument,
      { customerAccessToken: token },
      { headers: await shopperHeaders() },
    );
    return true;
  } catch (error) {
    failed('customerAccessTokenDelete', error);
    return false;
  }
}

export async function createAddress(
  token: string,
  address: MailingAddressInput,
  setAsDefault: boolean,
): Promise<Outcome<object, AddressField>> {
  try {
    const { customerAddressCreate: payload } = await requestGraphQL(
      CustomerAddressCreateDocument,
      { address, setAsDefault },
      { headers: await shopperHeaders(token) },
    );
    if (payload.customerAddress && !payload.userErrors.length) return { ok: true };
    return refused(payload.userErrors, ADDRESS_FIELDS);
  } catch (error) {
    return failed('customerAddressCreate', error);
  }
}
